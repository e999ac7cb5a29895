package org.medtwin.fusion.standardize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;

class ConceptMapTest {

  private static final String LAB = "urn:medtwin:hospital-b:lab";
  private static ConceptMap map;

  @BeforeAll
  static void load() throws IOException, URISyntaxException {
    map = ConceptMap.load(Path.of(ConceptMapTest.class.getResource("/standardize/concept-map.csv").toURI()));
  }

  @Test
  void translate_convertsGlucoseMmolToMgPerDl_keepingTheSourceDecimals() {
    // 5.50 × 18.016 = 99.088 → two decimals as in 5.50 → 99.09
    Translation t = map.translate(new Coding(LAB, "GLU", "Glucose"), Quantity.of("5.50", "mmol/L")).orElseThrow();

    assertThat(t.code()).isEqualTo(new Coding(CodeSystem.LOINC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma"));
    assertThat(t.value()).isEqualTo(new Quantity(new BigDecimal("99.09"), "mg/dL"));
    assertThat(t.sourceCode()).isEqualTo(new Coding(LAB, "GLU", "Glucose"));
    assertThat(t.sourceValue()).isEqualTo(Quantity.of("5.50", "mmol/L"));
  }

  @Test
  void translate_keepsTheSourceSignificantDigits_whenTheProductIsSmall() {
    // 88.4 × 0.0113 = 0.99892; one decimal would leave 1.0 (2 digits), so keep 3 significant: 0.999
    Translation t = map.translate(new Coding(LAB, "CREA", null), Quantity.of("88.4", "umol/L")).orElseThrow();

    assertThat(t.value()).isEqualTo(new Quantity(new BigDecimal("0.999"), "mg/dL"));
    assertThat(t.code().system()).isEqualTo(CodeSystem.LOINC);
    assertThat(t.code().display()).isEqualTo("Creatinine [Mass/volume] in Serum or Plasma, enzymatic");
  }

  @Test
  void translate_leavesTheValueAsIs_whenTheMultiplierIsOne() {
    Translation t = map.translate(new Coding(LAB, "HGB", null), Quantity.of("13.50", "g/dL")).orElseThrow();

    assertThat(t.value()).isEqualTo(new Quantity(new BigDecimal("13.50"), "g/dL"));
  }

  @Test
  void translate_appliesAnEmptySourceUnitToAnyUnit() {
    assertThat(map.translate(new Coding(LAB, "HGB", null), Quantity.of("8.4", "mmol/L"))).isPresent();
    assertThat(map.translate(new Coding(LAB, "HGB", null), Quantity.of("14", null))).isPresent();
  }

  @Test
  void translate_refuses_whenTheValueComesInAnUnexpectedUnit() {
    assertThat(map.translate(new Coding(LAB, "GLU", null), Quantity.of("99", "mg/dL"))).isEmpty();
    assertThat(map.knows(new Coding(LAB, "GLU", null))).isTrue();
  }

  @Test
  void translate_mapsTheCodeAlone_forTextResults() {
    Translation t = map.translate(new Coding(LAB, "B-CULT", null), null).orElseThrow();

    assertThat(t.code().code()).isEqualTo("600-7");
    assertThat(t.value()).isNull();
  }

  @Test
  void translate_returnsEmpty_forUnknownCodes() {
    assertThat(map.translate(new Coding(LAB, "NOPE", null), Quantity.of("1", "U/L"))).isEmpty();
    assertThat(map.size()).isEqualTo(4);
  }

  @Test
  void load_namesFileAndLine_whenAMultiplierIsNotANumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, ConceptMap.HEADER + "\n"
        + LAB + ",GLU,Glucose,mmol/L,LN,2345-7,Glucose,mg/dL,18.016\n"
        + LAB + ",CREA,Creatinine,umol/L,LN,2160-0,Creatinine,mg/dL,abc\n");

    assertThatThrownBy(() -> ConceptMap.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("map.csv line 3")
        .hasMessageContaining("multiplier 'abc'");
  }

  @Test
  void emptyMultiplier_isComputedByUcum_forCommensurableUnits(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, ConceptMap.HEADER + "\n" + LAB + ",HB,Haemoglobin,g/dL,LN,718-7,Hemoglobin,g/L,\n");

    // 1 g/dL = 1 g / 0.1 L = 10 g/L, so 13.5 g/dL = 135 g/L (three significant digits kept).
    assertThat(ConceptMap.load(file).translate(new Coding(LAB, "HB", null), Quantity.of("13.5", "g/dL")))
        .hasValueSatisfying(t -> assertThat(t.value().value()).isEqualByComparingTo("135"));
  }

  @Test
  void emptyMultiplier_betweenMassAndMolarUnits_isALoadErrorAskingForTheMolarMass(@TempDir Path dir) {
    Path file = dir.resolve("map.csv");
    assertThatThrownBy(() -> {
      Files.writeString(file, ConceptMap.HEADER + "\n" + LAB + ",GLU,Glucose,mmol/L,LN,2345-7,Glucose,mg/dL,\n");
      ConceptMap.load(file);
    }).hasMessageContaining("map.csv line 2").hasMessageContaining("molar mass");
  }

  @Test
  void load_namesFileAndLine_whenARowHasTooManyColumns(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, ConceptMap.HEADER + "\n" + LAB + ",GLU,Glucose, fasting,mmol/L,LN,2345-7,Glucose,mg/dL,18.016\n");

    assertThatThrownBy(() -> ConceptMap.load(file))
        .hasMessageContaining("line 2")
        .hasMessageContaining("10 columns but the header has 9");
  }

  @Test
  void load_rejectsAWrongHeader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, "loinc,local_code\n2345-7,GLU\n");

    assertThatThrownBy(() -> ConceptMap.load(file)).hasMessageContaining("line 1").hasMessageContaining("header");
  }

  @Test
  void load_rejectsAnEmptyCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, ConceptMap.HEADER + "\n" + LAB + ",,Glucose,mmol/L,LN,2345-7,Glucose,mg/dL,18.016\n");

    assertThatThrownBy(() -> ConceptMap.load(file)).hasMessageContaining("line 2").hasMessageContaining("empty code");
  }

  @Test
  void load_rejectsTheSameCodeAndUnitMappedTwice(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.csv");
    Files.writeString(file, ConceptMap.HEADER + "\n"
        + LAB + ",GLU,Glucose,mmol/L,LN,2345-7,Glucose,mg/dL,18.016\n"
        + LAB + ",GLU,Glucose,mg/dL,LN,2345-7,Glucose,mg/dL,1\n"
        + LAB + ",GLU,Glucose,mmol/L,LN,2339-0,Glucose,mg/dL,18\n");

    assertThatThrownBy(() -> ConceptMap.load(file))
        .hasMessageContaining("line 4")
        .hasMessageContaining("already mapped on line 2");
  }
}
