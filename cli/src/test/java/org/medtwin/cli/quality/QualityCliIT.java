package org.medtwin.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.cli.testing.SyntheticNetworks;

class QualityCliIT {

  @TempDir Path tempDir;

  @Test
  void quality_onAFusedNetwork_printsTheSummary_writesHtmlAndJson_andKeepsRunsForTheTrend() throws Exception {
    String store = tempDir.resolve("store.duckdb").toString();
    assertThat(CliRun.of("fuse", SyntheticNetworks.small().toString(), "--store", store).exitCode()).isZero();
    Path html = tempDir.resolve("quality.html");
    Path json = tempDir.resolve("quality.json");

    CliRun first = CliRun.of("quality", "--store", store, "--html", html.toString(), "--json", json.toString());

    assertThat(first.exitCode()).as("stderr: %s", first.err()).isZero();
    assertThat(first.out()).contains("check types", "conformance pass/fail", "hospital-a", "hospital-b", "lab");
    JsonNode result = new ObjectMapper().readTree(json.toFile());
    Set<String> types = new HashSet<>();
    result.get("checks").forEach(check -> types.add(check.get("checkType").asText()));
    assertThat(types).hasSizeGreaterThanOrEqualTo(60);
    assertThat(result.get("failed").asLong()).isEqualTo(countFailed(result));
    result.get("checks").forEach(check -> {
      if (check.get("status").asText().equals("FAIL") && check.get("violations").asLong() > 0) {
        assertThat(check.get("examples")).isNotEmpty();
        assertThat(check.get("examples").get(0).get("source").asText()).isEqualTo(check.get("source").asText());
      }
    });
    String page = Files.readString(html);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "Trend over runs", "Failures")
        .doesNotContain("<script", "http://cdn", "https://cdn");

    CliRun second = CliRun.of("quality", "--store", store);
    assertThat(second.exitCode()).isZero();
    CliRun trend = CliRun.of("quality", "trend", "--store", store);
    assertThat(trend.exitCode()).isZero();
    assertThat(trend.out().lines().filter(line -> line.matches("[0-9a-f-]{36} .*"))).hasSize(2);
    assertThat(trend.out()).contains(result.get("runId").asText());
  }

  @Test
  void emptyStore_runsWithNothingToJudge_andStrictPassesIt() {
    String store = tempDir.resolve("empty.duckdb").toString();

    CliRun run = CliRun.of("quality", "--store", store, "--strict");

    assertThat(run.exitCode()).as("stderr: %s", run.err()).isZero();
    assertThat(run.out()).contains("No check failed.");
    assertThat(CliRun.of("quality", "trend", "--store", store).out()).contains("passed%");
  }

  @Test
  void badInput_isAOneLineErrorNamingIt() throws Exception {
    String store = tempDir.resolve("store.duckdb").toString();

    CliRun missing = CliRun.of("quality", "--store", store, "--thresholds", tempDir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.errLines()).singleElement().asString().contains("none.json", "does not exist");

    Path garbage = tempDir.resolve("garbage.json");
    Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '{', '{'});
    CliRun bad = CliRun.of("quality", "--store", store, "--thresholds", garbage.toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.errLines()).singleElement().asString().contains("garbage.json", "not valid JSON");

    Path typo = tempDir.resolve("typo.json");
    Files.writeString(typo, "{\"version\": \"1\", \"checks\": {\"plausibility.event_in_futur\": {\"maxPercent\": 1}}}");
    CliRun unknown = CliRun.of("quality", "--store", store, "--thresholds", typo.toString());
    assertThat(unknown.errLines()).singleElement().asString().contains("Maybe plausibility.event_in_future?");

    CliRun folder = CliRun.of("quality", "--store", store, "--html", tempDir.toString());
    assertThat(folder.exitCode()).isEqualTo(1);
    assertThat(folder.errLines()).singleElement().asString().contains("is a folder");

    Path huge = tempDir.resolve("huge.json");
    Files.writeString(huge, "{\"version\": \"1\", \"checks\": {" + "\"x\": {\"maxPercent\": 1},".repeat(50_000)
        + "\"y\": {\"maxPercent\": 1}}}");
    CliRun large = CliRun.of("quality", "--store", store, "--thresholds", huge.toString());
    assertThat(large.exitCode()).isEqualTo(1);
    assertThat(large.errLines()).singleElement().asString().contains("names check 'x'");

    CliRun trend = CliRun.of("quality", "trend", "--store", store, "--runs", "0");
    assertThat(trend.errLines()).singleElement().asString().contains("--runs must be in [1, 10000]");
  }

  private static long countFailed(JsonNode result) {
    long failed = 0;
    for (JsonNode check : result.get("checks")) {
      failed += check.get("status").asText().equals("FAIL") ? 1 : 0;
    }
    return failed;
  }
}
