package org.medtwin.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceRangeTest {

  private final ReferenceRange fastingGlucose =
      new ReferenceRange(Quantity.of("70", "mg/dL"), Quantity.of("99", "mg/dL"), "70-99");

  @Test
  void includesBothLimits() {
    assertThat(fastingGlucose.contains(Quantity.of("70", "mg/dL"))).isTrue();
    assertThat(fastingGlucose.contains(Quantity.of("99.0", "mg/dL"))).isTrue();
    assertThat(fastingGlucose.contains(Quantity.of("99.01", "mg/dL"))).isFalse();
    assertThat(fastingGlucose.contains(Quantity.of("69.9", "mg/dL"))).isFalse();
  }

  @Test
  void treatsAnOpenEndAsUnbounded() {
    ReferenceRange belowFive = new ReferenceRange(null, Quantity.of("5", "%"), "<5");
    assertThat(belowFive.contains(Quantity.of("-1000", "%"))).isTrue();
    assertThat(belowFive.contains(Quantity.of("5.1", "%"))).isFalse();
  }

  @Test
  void refusesAnEmptyRangeAndANonNumericValue() {
    assertThatThrownBy(() -> new ReferenceRange(null, null, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of("5,5", "mmol/L"))
        .hasMessage("'5,5' is not a decimal number.");
  }

  @Test
  void keepsEveryDigitTheSourceSent() {
    assertThat(Quantity.of("5.50", "mmol/L").value().toPlainString()).isEqualTo("5.50");
  }
}
