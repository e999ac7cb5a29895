package org.medtwin.cli.twin.glucose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class GlucoseCalibrateCliTest {

  private static final String DAY = "{\"duration_minutes\":1440, \"meals\":[{\"minute\":420,"
      + "\"grams\":50},{\"minute\":720,\"grams\":70},{\"minute\":1080,\"grams\":80}], "
      + "\"basal\":\"steady-state\", \"bolus\":\"carb-ratio\"}";

  @TempDir Path dir;

  @Test
  void calibratesOnASimulatedCgmTraceAndWritesThePageAndJson() throws IOException {
    Path history = Files.writeString(dir.resolve("day.json"), DAY);
    Path cgm = dir.resolve("cgm.csv");
    CliRun made = CliRun.of("twin", "glucose", "simulate", "--patient", "adolescent#003",
        "--scenario", history.toString(), "--out", dir.resolve("bg.csv").toString(),
        "--cgm", cgm.toString(), "--insulin-sensitivity-factor", "1.3", "--seed", "9");
    assertThat(made.exitCode()).as(made.err()).isZero();
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");
    CliRun run = CliRun.of("twin", "glucose", "calibrate", "--patient", "adolescent#003",
        "--history", history.toString(), "--cgm", cgm.toString(), "--particles", "150",
        "--meal-grams", "50", "--html", html.toString(), "--json", json.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("insulin sensitivity factor").contains("bolus for 50 g now");
    String page = Files.readString(html);
    assertThat(page).contains("<svg").contains("<polygon").contains("adolescent#003")
        .doesNotContain("<script").doesNotContain("src=\"http");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    // Truth is 1.3; the filter should land within 10 % of it (SI is the well-identified one).
    assertThat(report.at("/insulin_sensitivity_factor/median").asDouble()).isBetween(1.17, 1.43);
    assertThat(report.at("/forecast_plasma_glucose/median_mg_dl").size()).isEqualTo(73);
    assertThat(report.at("/bolus_advice/advised_units").asDouble()).isPositive();
  }

  @Test
  void skipsBadCgmRowsWithTheirLineAndFailsWhenNoneIsUsable() throws IOException {
    Path history = Files.writeString(dir.resolve("day.json"),
        "{\"duration_minutes\":120, \"basal\":\"steady-state\"}");
    Path cgm = Files.writeString(dir.resolve("cgm.csv"),
        "minute,cgm_mg_dl\n0,140\n5,abc\n10,7.8\n15,141\n");
    CliRun run = CliRun.of("twin", "glucose", "calibrate", "--patient", "adult#005",
        "--history", history.toString(), "--cgm", cgm.toString(), "--particles", "20",
        "--meal-grams", "30", "--horizon", "60");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("line 3").contains("line 4").contains("mmol/L");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "minute,cgm_mg_dl\n");
    CliRun none = CliRun.of("twin", "glucose", "calibrate", "--patient", "adult#005",
        "--history", history.toString(), "--cgm", empty.toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.errLines()).hasSize(1);
    assertThat(none.err()).contains("empty.csv");
  }
}
