package org.medtwin.fusion.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UcumUnitsTest {

  private static final UcumUnits UCUM = UcumUnits.load();

  @Test
  void convertsCommensurableUnits_asUcumDefinesThem() {
    // 100 mg/dL = 100 × 10⁻³ g / 10⁻¹ L = 1 g/L.
    assertThat(UCUM.convert(new BigDecimal("100"), "mg/dL", "g/L")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("1"));
    // The international avoirdupois pound is exactly 0.45359237 kg (UCUM [lb_av]).
    assertThat(UCUM.convert(new BigDecimal("1"), "[lb_av]", "kg")).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("0.45359237"));
  }

  @Test
  void refusesMassToMolarAndUnknownUnits_insteadOfGuessing() {
    // mg/dL and mmol/L measure different things; only a molar mass links them.
    assertThat(UCUM.convert(new BigDecimal("90"), "mg/dL", "mmol/L")).isEmpty();
    assertThat(UCUM.convert(new BigDecimal("1"), "kilograms", "g")).isEmpty();
    assertThat(UCUM.isValid("mmol/L")).isTrue();
    assertThat(UCUM.isValid("/min")).isTrue();
    assertThat(UCUM.isValid("kilograms")).isFalse();
    assertThat(UCUM.isValid("")).isFalse();
  }
}
