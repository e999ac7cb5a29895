package org.medtwin.generator.synthea;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.generator.NetworkFiles;

/** Runs the generator with Synthea in child JVMs, as the CLI does, and checks the network it writes. */
class SyntheaNetworkTest {

  private static final Set<String> DELIBERATELY_UNMAPPED = Set.of("IGE-CLAD", "HER2-FISH", "ADENO-PCR");

  @TempDir static Path dir;

  private static Path first;
  private static Path second;
  private static Path otherSeed;
  private static List<String> firstStdout;

  @BeforeAll
  static void generate() throws Exception {
    first = dir.resolve("seed1-a");
    second = dir.resolve("seed1-b");
    otherSeed = dir.resolve("seed2");
    List<Process> runs = new ArrayList<>();
    for (Path out : List.of(first, second, otherSeed)) {
      String seed = out == otherSeed ? "2" : "1";
      runs.add(new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx768m",
              "-cp",
              System.getProperty("java.class.path"),
              "org.medtwin.generator.GeneratorMain",
              "--patients", "5", "--seed", seed, "--out", out.toString(), "--years-of-history", "10")
          .redirectOutput(dir.resolve(out.getFileName() + ".out").toFile())
          .redirectError(dir.resolve(out.getFileName() + ".err").toFile())
          .start());
    }
    for (Process run : runs) {
      assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
    }
    for (int i = 0; i < runs.size(); i++) {
      Path out = List.of(first, second, otherSeed).get(i);
      assertThat(runs.get(i).exitValue())
          .as(Files.readString(dir.resolve(out.getFileName() + ".err")))
          .isZero();
    }
    firstStdout = Files.readAllLines(dir.resolve("seed1-a.out"));
  }

  @Test
  void stdout_holdsOnlyProgressLines_perPatientForSimulateAndExport() {
    assertThat(firstStdout).allSatisfy(line -> assertThat(line).matches("PROGRESS \\d+ \\d+ [a-z0-9-]+"));
    assertThat(firstStdout).contains("PROGRESS 1 5 simulate", "PROGRESS 5 5 simulate", "PROGRESS 5 5 export");
  }

  @Test
  void sameSeed_givesByteIdenticalTrees() throws Exception {
    Map<String, byte[]> a = NetworkFiles.tree(first);
    Map<String, byte[]> b = NetworkFiles.tree(second);

    assertThat(a.keySet()).isEqualTo(b.keySet());
    a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void differentSeed_givesDifferentNetwork() throws Exception {
    assertThat(Files.readAllBytes(otherSeed.resolve("truth/records.csv")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("truth/records.csv")));
  }

  @Test
  void layout_followsTheContract() throws Exception {
    assertThat(first.resolve("hospital-a/medtwin-source.json")).hasContent("{\"source\":\"hospital-a\",\"format\":\"fhir\"}");
    assertThat(first.resolve("lab/medtwin-source.json")).hasContent("{\"source\":\"lab\",\"format\":\"hl7v2\"}");
    assertThat(Files.readString(first.resolve("hospital-b/medtwin-source.json")).trim()).isEqualTo(
        "{\"source\":\"hospital-b\",\"format\":\"synthea-csv\",\"conceptMap\":\"concept-map.csv\","
            + "\"localCodeSystem\":\"urn:medtwin:hospital-b:lab\",\"localCodeCategories\":[\"laboratory\"]}");
    for (String csv : List.of("patients.csv", "encounters.csv", "conditions.csv", "observations.csv",
        "medications.csv", "procedures.csv", "immunizations.csv", "allergies.csv", "careplans.csv", "devices.csv",
        "imaging_studies.csv", "organizations.csv", "providers.csv", "payers.csv")) {
      assertThat(first.resolve("hospital-b/csv").resolve(csv)).exists();
    }
    assertThat(Files.readAllLines(first.resolve("hospital-b/csv/observations.csv")).get(0))
        .isEqualTo("DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE");
  }

  @Test
  void truth_coversEveryRecordInEverySourceExactlyOnce() throws Exception {
    List<String[]> truth = NetworkFiles.truth(first);
    Map<String, Set<String>> bySource = new HashMap<>();
    for (String[] row : truth) {
      assertThat(bySource.computeIfAbsent(row[0], s -> new HashSet<>()).add(row[1])).isTrue();
    }

    assertThat(bySource.get("hospital-a")).isEqualTo(hospitalAPatientIds(first));
    assertThat(bySource.get("hospital-b")).isEqualTo(idsIn(first.resolve("hospital-b/csv/patients.csv"), "Id"));
    Set<String> labIds = new HashSet<>();
    for (Message message : NetworkFiles.hl7Messages(first)) {
      labIds.add(NetworkFiles.patientId(message));
    }
    assertThat(bySource.get("lab")).isEqualTo(labIds);

    Map<String, Integer> sourcesPerPerson = new HashMap<>();
    truth.forEach(r -> sourcesPerPerson.merge(r[2], 1, Integer::sum));
    assertThat(sourcesPerPerson.size()).as("living persons plus any who died on the way").isGreaterThanOrEqualTo(5);
    assertThat(sourcesPerPerson.values()).allSatisfy(n -> assertThat(n).isBetween(1, 3));
    for (String[] row : truth) {
      if (row[0].equals("hospital-a")) {
        assertThat(row[1]).isEqualTo(row[2]);
      }
    }
  }

  @Test
  void hospitalB_usesItsOwnIdsInEveryFile() throws Exception {
    Set<String> ids = idsIn(first.resolve("hospital-b/csv/patients.csv"), "Id");
    assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).matches("B\\d{7}"));
    for (String file : List.of("encounters.csv", "observations.csv", "conditions.csv", "medications.csv",
        "procedures.csv", "immunizations.csv")) {
      assertThat(idsIn(first.resolve("hospital-b/csv").resolve(file), "PATIENT")).as(file).isSubsetOf(ids);
    }
  }

  @Test
  void hospitalB_labsUseLocalCodesFromTheConceptMap_andConvertedUnits() throws Exception {
    Set<String> mapped = Files.readAllLines(first.resolve("hospital-b/concept-map.csv")).stream()
        .skip(1).map(l -> l.split(",")[1]).collect(Collectors.toSet());
    List<String[]> labs = Files.readAllLines(first.resolve("hospital-b/csv/observations.csv")).stream()
        .skip(1).map(l -> l.split(",", -1)).filter(c -> c[3].equals("laboratory")).toList();

    assertThat(labs).isNotEmpty();
    for (String[] lab : labs) {
      assertThat(mapped.contains(lab[4]) || DELIBERATELY_UNMAPPED.contains(lab[4])).as(lab[4]).isTrue();
      if (lab[4].startsWith("GLU") || lab[4].equals("CHOL") || lab[4].equals("HDL") || lab[4].equals("LDL")) {
        assertThat(lab[7]).isEqualTo("mmol/L");
        assertThat(lab[6]).matches("\\d+\\.\\d{2}");
      }
      if (lab[4].startsWith("CREA")) {
        assertThat(lab[7]).isEqualTo("umol/L");
        assertThat(lab[6]).matches("\\d+");
      }
    }
  }

  @Test
  void lab_hl7ParsesWithHapi_oneRegistrationPerPatientThenResults() throws Exception {
    List<Message> messages = NetworkFiles.hl7Messages(first);
    Map<String, Integer> registrations = new HashMap<>();
    int results = 0;
    Set<String> controlIds = new HashSet<>();
    for (Message message : messages) {
      Terser terser = new Terser(message);
      assertThat(terser.get("/MSH-12")).isEqualTo("2.5");
      assertThat(controlIds.add(terser.get("/MSH-10"))).isTrue();
      String type = NetworkFiles.type(message);
      if (type.equals("ADT^A04")) {
        registrations.merge(NetworkFiles.patientId(message), 1, Integer::sum);
      } else {
        assertThat(type).isEqualTo("ORU^R01");
        assertThat(registrations).containsKey(NetworkFiles.patientId(message));
        assertThat(terser.get("/.OBSERVATION(0)/OBX-3-3")).isEqualTo("LN");
        assertThat(terser.get("/.OBSERVATION(0)/OBX-11")).isEqualTo("F");
        results++;
      }
    }
    assertThat(registrations.values()).allSatisfy(n -> assertThat(n).isEqualTo(1));
    assertThat(results).isPositive();
  }

  private static Set<String> hospitalAPatientIds(Path root) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("hospital-a/fhir"))) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> !n.startsWith("hospitalInformation") && !n.startsWith("practitionerInformation"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .collect(Collectors.toSet());
    }
  }

  private static Set<String> idsIn(Path csv, String column) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int index = header.indexOf(column);
    return lines.stream().skip(1).map(l -> l.split(",", -1)[index]).collect(Collectors.toSet());
  }
}
