package org.medtwin.cli.pk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class PkCommandTest {

  @TempDir Path dir;

  private Path vancomycinLevels() throws Exception {
    Path file = dir.resolve("vanco.csv");
    Files.writeString(file, """
        ID,TIME,AMT,RATE,DV,EVID,MDV,WT,CRCL,DIAL
        1,0,2000,1000,.,1,1,70,65,0
        1,13,.,.,12,0,0,70,65,0
        1,24.2,1000,500,.,1,1,70,65,0
        1,48,.,.,9.5,0,0,70,65,0
        2,0,1000,x,.,1,1,70,65,0
        """);
    return file;
  }

  @Test
  void simulateWritesTheSteadyStateAucAsRowlandTozerPredicts() throws Exception {
    // Goti 2018 typical patient, CRCL 120, WT 70, no dialysis: CL = 4.5 L/h, so AUC24 at steady
    // state of 1000 mg q12h = 2000 / 4.5 = 444.4 mg.h/L (AUC = F D / CL, Rowland & Tozer ch. 10).
    Path json = dir.resolve("sim.json");
    Path html = dir.resolve("sim.html");
    CliRun run = CliRun.of("pk", "simulate", "--model", "vancomycin-goti-2018", "-c", "WT=70",
        "-c", "CRCL=120", "-c", "DIAL=0", "--dose", "1000", "--interval", "12", "--infusion", "1",
        "--population", "200", "--target", "auc24:400-600", "--json", json.toString(), "--html",
        html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Steady state: AUC24 444.4");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("steadyState").path("auc24").asDouble()).isBetween(444.44, 444.45);
    assertThat(root.path("population").path("probabilityOfTargetAttainment").asDouble())
        .isBetween(0.0, 1.0);
    String page = Files.readString(html);
    assertThat(page).contains("<svg").doesNotContain("<script").doesNotContain("http://cdn");
  }

  @Test
  void mapReportsSkippedRecordsAndFitsTheRest() throws Exception {
    Path json = dir.resolve("map.json");
    CliRun run = CliRun.of("pk", "map", "--model", "vancomycin-goti-2018", "--data",
        vancomycinLevels().toString(), "--id", "1", "--draws", "200", "--json", json.toString(),
        "--html", dir.resolve("map.html").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.errLines()).anyMatch(l -> l.contains("vanco.csv line 6, column RATE"));
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("fits")).hasSize(2);
    assertThat(root.path("band").path("p95").size()).isGreaterThan(100);
  }

  @Test
  void doseRecommendsARegimenWithRunnersUpAndAReason() throws Exception {
    CliRun run = CliRun.of("pk", "dose", "--model", "vancomycin-goti-2018", "--data",
        vancomycinLevels().toString(), "--id", "1", "--target", "auc24:400-600", "--draws", "200",
        "--runners-up", "3", "--json", dir.resolve("dose.json").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("has the highest probability of meeting AUC24 400-600")
        .contains("Runner-up");
    JsonNode rec = new ObjectMapper().readTree(dir.resolve("dose.json").toFile())
        .path("recommendation");
    assertThat(rec.path("runnersUp")).hasSize(3);
    assertThat(rec.path("candidates").asInt()).isGreaterThan(1000);
  }

  @Test
  void userErrorsGetOneLineAndNonZeroExit() throws Exception {
    assertThat(CliRun.of("pk", "map", "--model", "nope", "--data", "x.csv", "--id", "1").errLines())
        .singleElement().asString().startsWith("medtwin: No model 'nope'");
    CliRun missing = CliRun.of("pk", "map", "--model", "vancomycin-goti-2018", "--data",
        vancomycinLevels().toString(), "--id", "99");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("No subject with ID 99");
    CliRun badTarget = CliRun.of("pk", "dose", "--model", "vancomycin-goti-2018", "-c", "WT=70",
        "-c", "CRCL=90", "-c", "DIAL=0", "--target", "auc:400");
    assertThat(badTarget.exitCode()).isEqualTo(1);
    assertThat(badTarget.err()).contains("is not METRIC:LOW-HIGH");
    CliRun noCovariates = CliRun.of("pk", "simulate", "--model", "vancomycin-goti-2018",
        "--dose", "1000", "--interval", "12");
    assertThat(noCovariates.exitCode()).isEqualTo(1);
    assertThat(noCovariates.err()).contains("Covariate").doesNotContain("Exception");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    CliRun emptyFile = CliRun.of("pk", "map", "--model", "vancomycin-goti-2018", "--data",
        empty.toString(), "--id", "1");
    assertThat(emptyFile.err()).contains("empty.csv is empty");
  }
}
