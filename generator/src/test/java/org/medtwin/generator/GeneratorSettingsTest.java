package org.medtwin.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorSettingsTest {

  @TempDir Path dir;

  @Test
  void parse_readsEveryArgument() throws Exception {
    GeneratorSettings settings = GeneratorSettings.parse(
        "--patients", "12", "--seed", "-7", "--out", "x", "--force", "--overlap-one", "0.6", "--overlap-two", "0.3",
        "--overlap-three", "0.1", "--noise", "0.05", "--demographics-only", "--years-of-history", "3");

    assertThat(settings.patients()).isEqualTo(12);
    assertThat(settings.seed()).isEqualTo(-7);
    assertThat(settings.out()).isEqualTo(Path.of("x"));
    assertThat(settings.force()).isTrue();
    assertThat(settings.overlap().one()).isEqualTo(0.6);
    assertThat(settings.noise()).isEqualTo(0.05);
    assertThat(settings.demographicsOnly()).isTrue();
    assertThat(settings.yearsOfHistory()).isEqualTo(3);
  }

  @Test
  void parse_defaults_seedOneNoiseThirtyPercentTenYears() throws Exception {
    GeneratorSettings settings = GeneratorSettings.parse("--patients", "1", "--out", "x");

    assertThat(settings.seed()).isEqualTo(1);
    assertThat(settings.noise()).isEqualTo(0.3);
    assertThat(settings.yearsOfHistory()).isEqualTo(10);
    assertThat(settings.overlap().two()).isEqualTo(0.3);
    assertThat(settings.demographicsOnly()).isFalse();
  }

  @Test
  void parse_rejectsZeroPatients_namingTheRange() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "0", "--out", "x"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("--patients must be in [1, 9999999], got 0");
  }

  @Test
  void parse_rejectsMorePatientsThanHospitalBIdsCanNumber() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "10000000", "--out", "x"))
        .hasMessageContaining("--patients must be in [1, 9999999], got 10000000");
  }

  @Test
  void parse_rejectsMissingPatientsAndOut() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--out", "x"))
        .hasMessageStartingWith("--patients is required");
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "3"))
        .hasMessageStartingWith("--out is required");
  }

  @Test
  void parse_rejectsNoiseAboveOne_withPercentageHint() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "3", "--out", "x", "--noise", "30"))
        .hasMessageContaining("--noise must be a fraction in [0, 1], got 30")
        .hasMessageContaining("Maybe a percentage");
  }

  @Test
  void parse_rejectsOverlapsThatDoNotSumToOne() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "3", "--out", "x", "--overlap-one", "0.9"))
        .hasMessageContaining("must sum to 1");
  }

  @Test
  void parse_rejectsUnknownArgumentsAndMissingValues() {
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "3", "--out", "x", "--colour", "red"))
        .hasMessageStartingWith("Unknown argument '--colour'");
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "--out", "x"))
        .hasMessageStartingWith("--patients needs a value");
    assertThatThrownBy(() -> GeneratorSettings.parse("--patients", "many", "--out", "x"))
        .hasMessageContaining("--patients must be a whole number");
  }

  @Test
  void run_badArgument_exitsTwoWithOneLineOnStderr() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = GeneratorMain.run(
        new String[] {"--patients", "-5", "--out", dir.toString()},
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .singleElement()
        .asString()
        .contains("--patients must be in [1,");
  }

  @Test
  void run_nonEmptyOutWithoutForce_isRefused() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = GeneratorMain.run(
        new String[] {"--patients", "5", "--out", dir.toString(), "--demographics-only"},
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty").contains("--force");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void run_force_rewritesTheNetworkButKeepsOtherFiles() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = GeneratorMain.run(
        new String[] {"--patients", "5", "--out", dir.toString(), "--demographics-only", "--force"},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PROGRESS 5 5 generate");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
    assertThat(dir.resolve("truth/records.csv")).exists();
  }
}
