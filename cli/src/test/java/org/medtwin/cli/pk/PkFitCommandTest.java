package org.medtwin.cli.pk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class PkFitCommandTest {

  @TempDir Path dir;

  /**
   * R's Theoph (shared/data/pk/theoph.csv, Subject, Wt, Dose mg/kg, Time, conc) as NONMEM rows,
   * the conversion docs/pharmacology.md gives: a dose record (AMT = Dose, EVID 1, MDV 1, CMT 1) at
   * time 0, then every sample as an observation (EVID 0, MDV 0, CMT 2), time-0 samples included.
   */
  private Path theophyllineNonmem() throws Exception {
    Path source = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null && source == null; d = d.getParent()) {
      Path candidate = d.resolve("shared/data/pk/theoph.csv");
      source = Files.isRegularFile(candidate) ? candidate : null;
    }
    assertThat(source).as("shared/data/pk/theoph.csv above the working directory").isNotNull();
    List<String> lines = Files.readAllLines(source);
    List<String> out = new ArrayList<>(List.of("ID,TIME,AMT,DV,EVID,MDV,CMT,WT"));
    String current = "";
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      if (!f[0].equals(current)) {
        current = f[0];
        out.add(String.join(",", f[0], "0", f[2], ".", "1", "1", "1", f[1]));
      }
      out.add(String.join(",", f[0], f[3], "0", f[4], "0", "0", "2", f[1]));
    }
    Path file = dir.resolve("theoph-nonmem.csv");
    Files.write(file, out);
    return file;
  }

  /**
   * The check the issue runs. Pinheiro and Bates (2000) ch. 8, fm3Theo.nlme on these data: ka
   * 1.5932 /h, CL/F 0.039676 L/h/kg, V/F 0.46196 L/kg, residual SD about 0.70 mg/L. The library's
   * oral-1cpt has no IIV on V (fm3 lets V vary with CL), so its estimates differ by a few percent:
   * checked within 10% (15% for the residual SD); the exact reproduction of fm3 with its own
   * random effects is FoceiTheophyllineTest in pharma.
   */
  @Test
  void fitPrintsTheIssuesJsonForTheTheophyllineCheck() throws Exception {
    CliRun run = CliRun.of("pk", "fit", "--data", theophyllineNonmem().toString(), "--model",
        "oral-1cpt", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("method").asText()).isEqualTo("FOCE-I");
    assertThat(root.path("ofv").isNumber()).isTrue();
    assertThat(root.path("theta").path("ka").asDouble()).isCloseTo(1.5932,
        Percentage.withPercentage(10));
    assertThat(root.path("theta").path("cl").asDouble()).isCloseTo(0.039676,
        Percentage.withPercentage(10));
    assertThat(root.path("theta").path("v").asDouble()).isCloseTo(0.46196,
        Percentage.withPercentage(10));
    assertThat(root.path("sigma").path("add_sd").asDouble()).isCloseTo(0.70,
        Percentage.withPercentage(15));
    assertThat(root.path("theta_se").path("cl").asDouble()).isPositive();
    assertThat(root.path("omega").path("ka").asDouble()).isPositive();
    assertThat(root.path("diagnostics")).hasSize(132);
    assertThat(run.err()).contains("multiplied by");
  }

  @Test
  void fitWritesTableJsonAndHtmlWithTheDiagnosticPlots() throws Exception {
    Path json = dir.resolve("fit.json");
    Path html = dir.resolve("fit.html");
    CliRun run = CliRun.of("pk", "fit", "--data", theophyllineNonmem().toString(), "--model",
        "oral-1cpt", "--json", json.toString(), "--html", html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("FOCE-I fit of oral-1cpt").contains("theta ka")
        .contains("OFV");
    assertThat(new ObjectMapper().readTree(json.toFile()).path("individual")).hasSize(12);
    String page = Files.readString(html);
    assertThat(page).contains("Observed vs PRED", "Observed vs IPRED", "CWRES vs time",
        "CWRES vs PRED", "Subject 12", "<svg").doesNotContain("<script", "http://cdn",
        "NaN");
  }

  @Test
  void malformedRecordsAreNamedAndTheGoodSubjectsStillFitted() throws Exception {
    Path file = dir.resolve("bad.csv");
    StringBuilder csv = new StringBuilder("ID,TIME,AMT,DV,EVID,MDV,CMT\n");
    double[][] subjects = {{1.2, 0.05, 0.45}, {1.8, 0.035, 0.5}, {1.5, 0.045, 0.4},
        {1.0, 0.04, 0.48}};
    double[] times = {0.5, 1, 2, 4, 8, 12, 24};
    for (int i = 0; i < subjects.length; i++) {
      csv.append(i + 1).append(",0,4,.,1,1,1\n");
      for (double t : times) {
        double ka = subjects[i][0];
        double ke = subjects[i][1] / subjects[i][2];
        double c = 4 * ka / (subjects[i][2] * (ka - ke)) * (Math.exp(-ke * t) - Math.exp(-ka * t));
        csv.append(i + 1).append(',').append(t).append(",0,")
            .append(String.format(java.util.Locale.ROOT, "%.3f", c)).append(",0,0,2\n");
      }
    }
    csv.append("2,x,0,5,0,0,2\n");
    csv.append("5,0,4,.,1,1,1\n");
    Files.writeString(file, csv.toString());

    CliRun run = CliRun.of("pk", "fit", "--data", file.toString(), "--model", "oral-1cpt");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("bad.csv line 34, column TIME")
        .contains("Subject 5 has no observations");
    assertThat(run.out()).contains("4 subjects, 28 observations");
  }

  @Test
  void unusableInputGetsOneLineAndNonZeroExit() throws Exception {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    CliRun emptyRun = CliRun.of("pk", "fit", "--data", empty.toString(), "--model", "oral-1cpt");
    assertThat(emptyRun.exitCode()).isEqualTo(1);
    assertThat(emptyRun.errLines()).singleElement().asString().startsWith("medtwin: ")
        .contains("empty.csv");

    Path dosesOnly = dir.resolve("doses.csv");
    Files.writeString(dosesOnly, "ID,TIME,AMT,DV,EVID,MDV,CMT\n1,0,4,.,1,1,1\n");
    CliRun noObservations = CliRun.of("pk", "fit", "--data", dosesOnly.toString(), "--model",
        "oral-1cpt");
    assertThat(noObservations.exitCode()).isEqualTo(1);
    assertThat(noObservations.err()).contains("No subject in doses.csv has an observation")
        .doesNotContain("Exception");

    CliRun noModel = CliRun.of("pk", "fit", "--data", dosesOnly.toString(), "--model", "nope");
    assertThat(noModel.exitCode()).isEqualTo(1);
    assertThat(noModel.err()).contains("nope");

    Path missingTime = dir.resolve("notime.csv");
    Files.writeString(missingTime, "ID,AMT,DV\n1,4,.\n");
    CliRun noTime = CliRun.of("pk", "fit", "--data", missingTime.toString(), "--model",
        "oral-1cpt");
    assertThat(noTime.exitCode()).isEqualTo(1);
    assertThat(noTime.err()).contains("TIME").doesNotContain("Exception");
  }
}
