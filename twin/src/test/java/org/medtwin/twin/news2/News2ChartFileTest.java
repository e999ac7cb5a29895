package org.medtwin.twin.news2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class News2ChartFileTest {

  private static String shipped() throws IOException {
    try (InputStream in = News2ChartFile.class.getResourceAsStream(News2ChartFile.RCP_2017_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static News2Chart read(String json) {
    return News2ChartFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void shippedChart_citesTheRcpAndLoads() {
    News2Chart chart = News2Chart.rcp2017();
    assertThat(chart.source()).contains("Royal College of Physicians").contains("2017");
    assertThat(chart.version()).isNotBlank();
  }

  @Test
  void aGapBetweenBands_isRejectedNamingTheValue() throws IOException {
    String gap = shipped().replace("{\"min\": 9, \"max\": 11, \"score\": 1}", "{\"min\": 10, \"max\": 11, \"score\": 1}");
    assertThatThrownBy(() -> read(gap)).isInstanceOf(News2ChartException.class)
        .hasMessageContaining("resp_rate").hasMessageContaining("no band for 9");
  }

  @Test
  void overlappingBands_areRejected() throws IOException {
    String overlap = shipped().replace("{\"min\": 86, \"max\": 87, \"score\": 1}", "{\"min\": 85, \"max\": 87, \"score\": 1}");
    assertThatThrownBy(() -> read(overlap)).isInstanceOf(News2ChartException.class)
        .hasMessageContaining("spo2_scale2").hasMessageContaining("overlap");
  }

  @Test
  void aScoreAboveThree_isRejected() throws IOException {
    String four = shipped().replace("{\"min\": 131, \"score\": 3}", "{\"min\": 131, \"score\": 4}");
    assertThatThrownBy(() -> read(four)).isInstanceOf(News2ChartException.class).hasMessageContaining("outside 0-3");
  }

  @Test
  void malformedJson_isReportedWithTheFileName() {
    assertThatThrownBy(() -> read("{ not json")).isInstanceOf(News2ChartException.class)
        .hasMessageContaining("test.json");
  }
}
