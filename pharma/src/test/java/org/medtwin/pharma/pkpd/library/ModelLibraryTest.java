package org.medtwin.pharma.pkpd.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;

class ModelLibraryTest {

  @Test
  void shippedLibraryHoldsTheRequiredModelsEachWithACitation() throws Exception {
    ModelLibrary library = ModelLibrary.shipped();
    assertThat(library.names()).contains("vancomycin-thomson-2009", "vancomycin-goti-2018",
        "gentamicin-thomson-2003", "theophylline-pinheiro-bates-2000", "warfarin-hamberg-2007",
        "oral-1cpt");
    for (String name : library.names()) {
      PopulationModel model = library.model(name);
      assertThat(model.citation()).as(name).isNotBlank();
      assertThat(model.source()).as(name).isNotBlank();
    }
    assertThat(library.get("warfarin-hamberg-2007").inr()).isPresent();
  }

  @Test
  void oralOneCompartmentHasKaClVAndAdditiveErrorForPopulationFitting() throws Exception {
    PopulationModel m = ModelLibrary.shipped().model("oral-1cpt");
    assertThat(m.structure().compartments()).isEqualTo(1);
    assertThat(m.structure().firstOrderAbsorption()).isTrue();
    assertThat(m.parameters()).containsOnlyKeys("ka", "cl", "v");
    assertThat(m.iiv().parameters()).containsExactly("ka", "cl");
    assertThat(m.residual().orElseThrow().type().name()).isEqualTo("ADDITIVE");
  }

  @Test
  void gotiTypicalValuesFollowThePublishedCovariateEquations() throws Exception {
    PopulationModel goti = ModelLibrary.shipped().model("vancomycin-goti-2018");
    // CL = 4.5 (CRCL/120)^0.8 0.7^DIAL; V1 = 58.4 (WT/70) 0.5^DIAL (Goti 2018), by hand:
    // CRCL 60, WT 84, DIAL 0: CL = 4.5 * 0.5^0.8 = 2.5849, V1 = 58.4 * 1.2 = 70.08.
    PkParameters p = goti.typical(
        PatientCovariates.constant(Map.of("CRCL", 60.0, "WT", 84.0, "DIAL", 0.0)).at(0));
    assertThat(p.cl()).isCloseTo(4.5 * Math.pow(0.5, 0.8), within(1e-12));
    assertThat(p.v1()).isCloseTo(70.08, within(1e-9));
    PkParameters dialysis = goti.typical(
        PatientCovariates.constant(Map.of("CRCL", 60.0, "WT", 84.0, "DIAL", 1.0)).at(0));
    assertThat(dialysis.cl()).isCloseTo(0.7 * p.cl(), within(1e-12));
    assertThat(dialysis.v1()).isCloseTo(35.04, within(1e-9));
  }

  @Test
  void thomsonDerivesCreatinineClearanceByCockcroftGault() throws Exception {
    PopulationModel thomson = ModelLibrary.shipped().model("vancomycin-thomson-2009");
    // 60-year-old woman, 70 kg, SCr 1.0 mg/dL: CrCL = (140-60)*70/72 * 0.85 = 66.111 mL/min,
    // CL = 2.99 (1 + 0.0154 (66.111 - 66)) = 2.99511.
    PkParameters p = thomson.typical(PatientCovariates.constant(
        Map.of("AGE", 60.0, "WT", 70.0, "SEX", 1.0, "SCR", 1.0)).at(0));
    double crcl = 80.0 * 70 / 72 * 0.85;
    assertThat(p.cl()).isCloseTo(2.99 * (1 + 0.0154 * (crcl - 66)), within(1e-12));
    assertThat(p.v1()).isCloseTo(0.675 * 70, within(1e-12));
  }

  @Test
  void reportsInvalidLibrariesWithFileModelAndField() {
    assertThatThrownBy(() -> read("not json")).hasMessageContaining("lib.json is not valid JSON");
    assertThatThrownBy(() -> read("{\"format\":\"other\"}")).hasMessageContaining("\"format\"");
    String base = """
        {"format":"medtwin-pk-library","version":"1","models":[{"name":"m","drug":"d",
        "description":"x","citation":"c","source":"s",
        "units":{"amount":"mg","volume":"L","time":"h","concentration":"mg/L"},
        "structure":{"compartments":2,"absorption":"none"},
        "parameters":{"cl":{"typical":1,"unit":"L/h"},"v1":{"typical":10,"unit":"L"}%s},
        "iiv":{"parameters":["cl","v1"],"covariance":%s}}]}""";
    assertThatThrownBy(() -> read(String.format(base, "", "[[0.1,0],[0,0.1]]")))
        .hasMessageContaining("model m").hasMessageContaining("no parameter q2");
    assertThatThrownBy(() -> read(String.format(base,
        ",\"q2\":{\"typical\":1,\"unit\":\"L/h\"},\"v2\":{\"typical\":5,\"unit\":\"L\"}",
        "[[0.1,0.5],[0.5,0.1]]"))).hasMessageContaining("not positive definite");
    assertThatThrownBy(() -> read(String.format(base,
        ",\"q2\":{\"typical\":1,\"unit\":\"L/h\",\"effects\":[{\"covariate\":\"WT\",\"form\":"
            + "\"power\",\"reference\":70,\"value\":1}]},\"v2\":{\"typical\":5,\"unit\":\"L\"}",
        "[[0.1,0],[0,0.1]]"))).hasMessageContaining("covariate WT is used but not declared");
  }

  @Test
  void unknownModelNamesTheAvailableOnes() {
    assertThatThrownBy(() -> ModelLibrary.shipped().model("vanco"))
        .hasMessageContaining("No model 'vanco'").hasMessageContaining("vancomycin-goti-2018");
  }

  private static ModelLibrary read(String json) throws LibraryException {
    return ModelLibrary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "lib.json");
  }
}
