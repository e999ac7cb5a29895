package org.medtwin.generator.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCodeTableTest {

  private final LabCodeTable table = LabCodeTable.load();

  @Test
  void glucose99MgPerDl_is5Point50MmolPerL() {
    LabCode glucose = table.find("2339-0", "mg/dL", "Glucose");

    assertThat(glucose.localCode()).isEqualTo("GLU-B");
    assertThat(glucose.localUnit()).isEqualTo("mmol/L");
    assertThat(glucose.toLocal("99")).isEqualTo("5.50");
    assertThat(table.find("2345-7", "mg/dL", "").toLocal("126.0")).isEqualTo("6.99");
  }

  @Test
  void creatinine1Point2MgPerDl_is106UmolPerL() {
    LabCode creatinine = table.find("2160-0", "mg/dL", "Creatinine");

    assertThat(creatinine.localUnit()).isEqualTo("umol/L");
    assertThat(creatinine.toLocal("1.2")).isEqualTo("106");
    assertThat(table.find("38483-4", "mg/dL", "").toLocal("0.9")).isEqualTo("80");
  }

  @Test
  void cholesterolFamily_convertsWith38Point67AndTriglyceridesWith88Point57() {
    assertThat(table.find("2093-3", "mg/dL", "").toLocal("200")).isEqualTo("5.17");
    assertThat(table.find("2085-9", "mg/dL", "").toLocal("50")).isEqualTo("1.29");
    assertThat(table.find("18262-6", "mg/dL", "").toLocal("130")).isEqualTo("3.36");
    assertThat(table.find("2571-8", "mg/dL", "").toLocal("150")).isEqualTo("1.69");
  }

  @Test
  void otherLabs_keepSyntheaValuesAndUnits() {
    LabCode sodium = table.find("2951-2", "mmol/L", "");

    assertThat(sodium.localCode()).isEqualTo("NA");
    assertThat(sodium.toLocal("141.0")).isEqualTo("141.0");
    assertThat(sodium.localUnit()).isEqualTo("mmol/L");
    assertThat(sodium.multiplierText()).isEqualTo("1");
  }

  @Test
  void multiplier_convertsLocalValuesBackToSyntheaUnits() {
    assertThat(table.find("2345-7", "mg/dL", "").multiplierText()).isEqualTo("18.016");
    String creatinine = table.find("2160-0", "mg/dL", "").multiplierText();
    assertThat(creatinine).isEqualTo("0.0113096584483");
    assertThat(new BigDecimal("106").multiply(new BigDecimal(creatinine)).doubleValue()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void table_hasUniqueLocalCodesAndAtMostThreeDeliberatelyUnmapped() {
    List<LabCode> all = table.all();

    assertThat(all).extracting(LabCode::localCode).doesNotHaveDuplicates();
    assertThat(all).filteredOn(c -> !c.mapped()).extracting(LabCode::loinc)
        .containsExactlyInAnyOrder("6075-6", "85318-4", "94040-3");
  }

  @Test
  void unknownCode_getsAnUnmappedFallbackInsteadOfBeingDropped() {
    LabCode unknown = table.find("99999-9", "mg/dL", "Mystery");

    assertThat(unknown.localCode()).isEqualTo("X99999-9");
    assertThat(unknown.mapped()).isFalse();
    assertThat(unknown.toLocal("3.3")).isEqualTo("3.3");
  }

  @Test
  void conceptMap_hasTheContractHeaderAndOneRowPerMappedCode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("concept-map.csv");
    new ConceptMapWriter(table).write(file);

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(
        "source_system,source_code,source_display,source_unit,target_system,target_code,target_display,target_unit,multiplier");
    assertThat(lines).hasSize(1 + (int) table.all().stream().filter(LabCode::mapped).count());
    assertThat(lines).contains(
        "urn:medtwin:hospital-b:lab,GLU,Glucose (serum),mmol/L,http://loinc.org,2345-7,Glucose [Mass/volume] in Serum or Plasma,mg/dL,18.016");
    assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(9));
  }
}
