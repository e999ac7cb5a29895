package org.medtwin.twin.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KidneyFunctionTest {

  @Test
  void ckdEpi2021_man50_creatinine1_isAbout92() {
    // Hand calculation: 142 x (1.0/0.9)^-1.200 x 0.9938^50 = 142 x 0.88124 x 0.73277 = 91.70.
    assertThat(KidneyFunction.ckdEpi2021(1.0, 50, false)).isCloseTo(91.70, within(0.05));
  }

  @Test
  void ckdEpi2021_woman60_creatinineBelowKappa_usesAlpha() {
    // 0.6/0.7 = 0.857; 0.857^-0.241 = 1.03785; 0.9938^60 = 0.68858; x 1.012 -> 142 x 0.72323 = 102.70.
    assertThat(KidneyFunction.ckdEpi2021(0.6, 60, true)).isCloseTo(102.70, within(0.05));
  }

  @Test
  void cockcroftGault_matchesTheFormulaByHand() {
    // (140 - 60) x 72 / (72 x 1.0) = 80 mL/min; a woman x 0.85 = 68.
    assertThat(KidneyFunction.cockcroftGault(1.0, 60, 72, false)).isCloseTo(80.0, within(1e-9));
    assertThat(KidneyFunction.cockcroftGault(1.0, 60, 72, true)).isCloseTo(68.0, within(1e-9));
  }

  @Test
  void creatinineInMicromolesPerLitre_isConverted() {
    // 88.4 umol/L = 1 mg/dL.
    assertThat(KidneyFunction.toMgPerDl(176.8, "umol/L")).isCloseTo(2.0, within(1e-9));
    assertThat(KidneyFunction.toMgPerDl(1.1, "mg/dL")).isEqualTo(1.1);
    assertThat(KidneyFunction.toMgPerDl(1.1, "g/L")).isNaN();
  }

  @Test
  void twinsKidneyFunction_usesTheLatestCreatinineAndWeight_andSkipsChildrenForEgfr() {
    FactRef ref = new FactRef("observation", "lab", "1");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    List<Measurement> measurements = List.of(
        new Measurement("http://loinc.org", "2160-0", "Creatinine", 1.0, "mg/dL", t, ref),
        new Measurement("http://loinc.org", "29463-7", "Body weight", 72, "kg", t, ref));
    Demographics adult = new Demographics("male", LocalDate.of(1966, 1, 1), 60, null, ref);
    KidneyFunction kidney = KidneyFunctions.of(adult, measurements);
    assertThat(kidney.creatinineClearance()).isCloseTo(80.0, within(1e-9));
    // 142 x 0.88124 x 0.9938^60 (0.68858) = 86.17
    assertThat(kidney.egfr()).isCloseTo(86.17, within(0.05));
    Demographics child = new Demographics("male", LocalDate.of(2016, 1, 1), 10, null, ref);
    assertThat(KidneyFunctions.of(child, measurements).egfr()).isNull();
  }
}
