package org.medtwin.twin.glucose.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GlycemicMetricsTest {

  @Test
  void summarisesTenReadingsAsWorkedOutByHand() {
    // 50, 60 below 70 (50 also below 54); 70, 100, 150, 180 in range (bounds inclusive);
    // 200, 240, 260, 290 above 180 (260, 290 above 250). Sum 1600 → mean 160.
    // Squared deviations: 12100+10000+8100+3600+100+400+1600+6400+10000+16900 = 69200,
    // SD = √6920 = 83.187…, CV = 51.99 %; GMI = 3.31 + 0.02392·160 = 7.1372 %.
    GlycemicMetrics m = GlycemicMetrics.of(
        new double[] {50, 60, 70, 100, 150, 180, 200, 240, 260, 290});
    assertThat(m.readings()).isEqualTo(10);
    assertThat(m.timeInRangePercent()).isEqualTo(40.0);
    assertThat(m.timeBelow70Percent()).isEqualTo(20.0);
    assertThat(m.timeBelow54Percent()).isEqualTo(10.0);
    assertThat(m.timeAbove180Percent()).isEqualTo(40.0);
    assertThat(m.timeAbove250Percent()).isEqualTo(20.0);
    assertThat(m.meanMgDl()).isEqualTo(160.0);
    assertThat(m.coefficientOfVariationPercent()).isCloseTo(51.99, within(0.01));
    assertThat(m.glucoseManagementIndicatorPercent()).isCloseTo(7.1372, within(1e-9));
  }

  @Test
  void rejectsANonPositiveReadingWithItsIndex() {
    assertThatThrownBy(() -> GlycemicMetrics.of(new double[] {120, Double.NaN}))
        .hasMessageContaining("index 1");
    assertThatThrownBy(() -> GlycemicMetrics.of(new double[0])).hasMessageContaining("No glucose");
  }
}
