package org.medtwin.cli.twin.glucose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class GlucoseSimulateCliTest {

  private static final String DAY = "{\"duration_minutes\":1440, \"meals\":[{\"minute\":420,"
      + "\"grams\":50},{\"minute\":720,\"grams\":70},{\"minute\":1080,\"grams\":80}], "
      + "\"basal\":\"steady-state\", \"bolus\":\"carb-ratio\"}";

  @TempDir Path dir;

  @Test
  void writesPlasmaGlucoseEveryFiveMinutesFromTheBasalState() throws IOException {
    Path scenario = write("day.json", DAY);
    Path out = dir.resolve("adult1.csv");
    Path page = dir.resolve("adult1.html");
    CliRun run = CliRun.of("twin", "glucose", "simulate", "--patient", "adult#001",
        "--scenario", scenario.toString(), "--out", out.toString(), "--html", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    // Header + minutes 0, 5, …, 1440 = 289 rows; minute 0 is Gb = 138.56 mg/dL (vpatient_params).
    assertThat(lines).hasSize(290);
    assertThat(lines.get(0)).isEqualTo("minute,bg_mg_dl");
    assertThat(lines.get(1)).isEqualTo("0,138.560000");
    assertThat(lines.get(289)).startsWith("1440,");
    // Breakfast at 420 is still unabsorbed at 420: glucose has not moved from basal yet.
    assertThat(lines.get(85)).isEqualTo("420,138.560000");
    assertThat(run.out()).contains("time in range 70-180");
    assertThat(Files.readString(page)).contains("<svg").contains("50 g").contains("80 g")
        .contains("time in range 70–180 mg/dL").doesNotContain("<script");
  }

  @Test
  void unknownPatientIsAOneLineError() throws IOException {
    CliRun run = CliRun.of("twin", "glucose", "simulate", "--patient", "adult#011",
        "--scenario", write("day.json", DAY).toString(), "--out", dir.resolve("x.csv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("adult#011").contains("Maybe");
  }

  @Test
  void negativeGramsMalformedJsonAndHugeDurationsAreOneLineErrors() throws IOException {
    for (String bad : List.of(
        "{\"duration_minutes\":1440, \"meals\":[{\"minute\":420,\"grams\":-50}]}",
        "{\"duration_minutes\":1440, \"meals\":[{\"minute\":420,",
        "{\"duration_minutes\":2147483647}",
        "null",
        "")) {
      CliRun run = CliRun.of("twin", "glucose", "simulate", "--patient", "adult#001",
          "--scenario", write("bad.json", bad).toString(), "--out",
          dir.resolve("x.csv").toString());
      assertThat(run.exitCode()).as(bad).isEqualTo(1);
      assertThat(run.errLines()).as(bad).hasSize(1);
      assertThat(run.err()).as(bad).contains("bad.json").doesNotContain("Exception");
    }
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void missingScenarioFileIsNamed() {
    CliRun run = CliRun.of("twin", "glucose", "simulate", "--patient", "adult#001",
        "--scenario", dir.resolve("nope.json").toString(), "--out", dir.resolve("x.csv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.json").contains("does not exist");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
