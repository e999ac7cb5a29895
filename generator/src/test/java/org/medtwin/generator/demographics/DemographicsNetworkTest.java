package org.medtwin.generator.demographics;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.model.Message;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.generator.GeneratorMain;
import org.medtwin.generator.NetworkFiles;

class DemographicsNetworkTest {

  @TempDir static Path dir;

  private static Path big;

  @BeforeAll
  static void generateTenThousand() {
    big = dir.resolve("big");
    assertThat(run("--patients", "10000", "--seed", "3", "--out", big.toString(), "--demographics-only")).isZero();
  }

  @Test
  void sameSeed_givesByteIdenticalTrees() throws Exception {
    Path first = dir.resolve("same-1");
    Path second = dir.resolve("same-2");
    assertThat(run("--patients", "1000", "--seed", "11", "--out", first.toString(), "--demographics-only")).isZero();
    assertThat(run("--patients", "1000", "--seed", "11", "--out", second.toString(), "--demographics-only")).isZero();

    Map<String, byte[]> a = NetworkFiles.tree(first);
    Map<String, byte[]> b = NetworkFiles.tree(second);
    assertThat(a.keySet()).isEqualTo(b.keySet()).contains(
        "hospital-a/fhir/Patient.ndjson", "hospital-b/csv/patients.csv", "lab/hl7/adt-00001.hl7",
        "truth/records.csv", "hospital-a/medtwin-source.json", "hospital-b/medtwin-source.json",
        "lab/medtwin-source.json", "hospital-b/concept-map.csv");
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void differentSeed_givesDifferentPersons() throws Exception {
    Path first = dir.resolve("seed-1");
    Path second = dir.resolve("seed-2");
    assertThat(run("--patients", "200", "--seed", "1", "--out", first.toString(), "--demographics-only")).isZero();
    assertThat(run("--patients", "200", "--seed", "2", "--out", second.toString(), "--demographics-only")).isZero();

    assertThat(Files.readAllBytes(second.resolve("truth/records.csv")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("truth/records.csv")));
    assertThat(Files.readAllBytes(second.resolve("hospital-b/csv/patients.csv")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("hospital-b/csv/patients.csv")));
  }

  @Test
  void truth_coversEveryRecordOnce_andEveryPersonIsInOneToThreeSources() throws Exception {
    List<String[]> truth = NetworkFiles.truth(big);
    Set<String> keys = truth.stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
    assertThat(keys).hasSize(truth.size());

    List<String> fhir = Files.readAllLines(big.resolve("hospital-a/fhir/Patient.ndjson"));
    List<String> csv = Files.readAllLines(big.resolve("hospital-b/csv/patients.csv"));
    List<Message> hl7 = NetworkFiles.hl7Messages(big);
    assertThat(truth.stream().filter(r -> r[0].equals("hospital-a"))).hasSize(fhir.size());
    assertThat(truth.stream().filter(r -> r[0].equals("hospital-b"))).hasSize(csv.size() - 1);
    assertThat(truth.stream().filter(r -> r[0].equals("lab"))).hasSize(hl7.size());

    Set<String> labIds = new HashSet<>();
    for (Message message : hl7) {
      assertThat(NetworkFiles.type(message)).isEqualTo("ADT^A04");
      labIds.add(NetworkFiles.patientId(message));
    }
    assertThat(labIds).isEqualTo(truth.stream().filter(r -> r[0].equals("lab")).map(r -> r[1]).collect(Collectors.toSet()));
    assertThat(csv.subList(1, csv.size())).allSatisfy(line -> assertThat(line).matches("B\\d{7},.*"));
    assertThat(labIds).allSatisfy(id -> assertThat(id).matches("L\\d{8}"));

    Map<String, Integer> sourcesPerPerson = new HashMap<>();
    truth.forEach(r -> sourcesPerPerson.merge(r[2], 1, Integer::sum));
    assertThat(sourcesPerPerson).hasSize(10_000);
    assertThat(sourcesPerPerson.values()).allSatisfy(n -> assertThat(n).isBetween(1, 3));
  }

  @Test
  void overlapRates_areRespectedWithinTolerance() throws Exception {
    Map<String, Integer> sourcesPerPerson = new HashMap<>();
    NetworkFiles.truth(big).forEach(r -> sourcesPerPerson.merge(r[2], 1, Integer::sum));
    Map<Integer, Long> histogram = sourcesPerPerson.values().stream()
        .collect(Collectors.groupingBy(n -> n, Collectors.counting()));

    assertThat(histogram.get(1) / 10_000.0).isBetween(0.48, 0.52);
    assertThat(histogram.get(2) / 10_000.0).isBetween(0.28, 0.32);
    assertThat(histogram.get(3) / 10_000.0).isBetween(0.18, 0.22);
  }

  @Test
  void hl7Files_holdAtMost500MessagesEach() throws Exception {
    try (var files = Files.list(big.resolve("lab/hl7"))) {
      for (Path file : files.toList()) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content.split("\n")).hasSizeLessThanOrEqualTo(500);
        assertThat(content).endsWith("\r\n").doesNotContain("\r\r");
      }
    }
  }

  private static int run(String... args) {
    return GeneratorMain.run(args, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }
}
