package org.medtwin.generator.synthea;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.medtwin.generator.DerivedSeed;
import org.medtwin.generator.GeneratorSettings;
import org.medtwin.generator.NetworkLayout;
import org.medtwin.generator.Progress;
import org.medtwin.generator.demographics.Identity;
import org.medtwin.generator.noise.NoiseModel;
import org.medtwin.generator.source.csv.ConceptMapWriter;
import org.medtwin.generator.source.csv.HospitalBExtract;
import org.medtwin.generator.source.csv.LabCodeTable;
import org.medtwin.generator.source.fhir.PatientResource;
import org.medtwin.generator.source.hl7.Hl7FileWriter;
import org.medtwin.generator.source.hl7.LabMessages;
import org.medtwin.generator.source.hl7.LabResult;
import org.medtwin.generator.source.hl7.ReferenceRanges;
import org.medtwin.generator.truth.RecordIds;
import org.medtwin.generator.truth.Source;
import org.medtwin.generator.truth.SourceAssignment;
import org.medtwin.generator.truth.TruthWriter;

/**
 * Writes a full network from a Synthea simulation: Synthea simulates and exports FHIR and CSV; this class
 * assigns persons to sources, adds noise and writes each source's own format and the truth file.
 *
 * <p>Persons are handled in the order of their Synthea UUIDs, so output depends only on the seed.
 */
public final class SyntheaNetwork {

  private static final String NO_RESULTS_TIME = "20260101000000";

  private final GeneratorSettings settings;
  private final NoiseModel noise;
  private final ObjectMapper json;

  /**
   * Creates the writer.
   *
   * @param settings the run's settings
   * @param noise the noise model
   */
  public SyntheaNetwork(GeneratorSettings settings, NoiseModel noise) {
    this.settings = settings;
    this.noise = noise;
    this.json = JsonMapper.builder()
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** One simulated person and the sources that hold a copy. */
  private record Member(String personId, Path bundle, Identity truth, Map<Source, Identity> copies) {}

  /**
   * Simulates, then writes every source and the truth file.
   *
   * @param layout the prepared output directory
   * @param progress where progress lines go
   * @throws IOException when a file cannot be read or written
   */
  public void write(NetworkLayout layout, Progress progress) throws IOException {
    Path work = Files.createTempDirectory("medtwin-synthea-");
    try {
      new SyntheaSimulation(settings).run(work, progress);
      List<Path> bundles = patientBundles(work.resolve("fhir"));
      copyProviderBundles(work.resolve("fhir"), layout.fhirDir());
      List<Member> members = writeHospitalA(bundles, layout, progress);
      try (TruthWriter truth = new TruthWriter(layout.truthFile())) {
        for (Member member : members) {
          if (member.copies().containsKey(Source.HOSPITAL_A)) {
            truth.add(Source.HOSPITAL_A, member.personId(), member.personId());
          }
        }
        writeHospitalB(members, work.resolve("csv"), layout, truth);
        writeLab(members, work.resolve("csv").resolve("observations.csv"), layout, truth, progress);
      }
    } finally {
      NetworkLayout.deleteTree(work);
    }
  }

  private List<Member> writeHospitalA(List<Path> bundles, NetworkLayout layout, Progress progress)
      throws IOException {
    SourceAssignment assignment = new SourceAssignment(settings.overlap());
    Map<String, Member> byId = new TreeMap<>();
    for (Path bundle : bundles) {
      ObjectNode root = (ObjectNode) json.readTree(bundle.toFile());
      ObjectNode patient = patientOf(root, bundle);
      String id = patient.path("id").asText();
      byId.put(id, new Member(id, bundle, PatientResource.read(patient), new EnumMap<>(Source.class)));
    }
    int index = 0;
    int total = byId.size();
    for (Member member : byId.values()) {
      SplittableRandom random = new SplittableRandom(DerivedSeed.of(settings.seed(), index));
      Set<Source> sources = assignment.assign(random);
      for (Source source : sources) {
        member.copies().put(source, noise.apply(member.truth(),
            new SplittableRandom(DerivedSeed.of(settings.seed(), index, 1 + source.ordinal()))));
      }
      Identity copy = member.copies().get(Source.HOSPITAL_A);
      if (copy != null) {
        ObjectNode root = (ObjectNode) json.readTree(member.bundle().toFile());
        PatientResource.apply(patientOf(root, member.bundle()), member.truth(), copy);
        json.writeValue(layout.fhirDir().resolve(member.personId() + ".json").toFile(), root);
      }
      index++;
      progress.report(index, total, "export");
    }
    return List.copyOf(byId.values());
  }

  private void writeHospitalB(List<Member> members, Path syntheaCsv, NetworkLayout layout, TruthWriter truth)
      throws IOException {
    Map<String, HospitalBExtract.Patient> patients = new LinkedHashMap<>();
    for (Member member : members) {
      Identity copy = member.copies().get(Source.HOSPITAL_B);
      if (copy != null) {
        String id = RecordIds.hospitalB(patients.size() + 1L);
        patients.put(member.personId(), new HospitalBExtract.Patient(id, member.truth(), copy));
        truth.add(Source.HOSPITAL_B, id, member.personId());
      }
    }
    LabCodeTable codes = LabCodeTable.load();
    new HospitalBExtract(patients, codes).write(syntheaCsv, layout.csvDir());
    new ConceptMapWriter(codes).write(layout.conceptMapFile());
  }

  private void writeLab(
      List<Member> members, Path observationsCsv, NetworkLayout layout, TruthWriter truth, Progress progress)
      throws IOException {
    Set<String> labPersons = new HashSet<>();
    for (Member member : members) {
      if (member.copies().containsKey(Source.LAB)) {
        labPersons.add(member.personId());
      }
    }
    LabObservations observations = LabObservations.read(observationsCsv, labPersons);
    LabMessages messages = new LabMessages(ReferenceRanges.load());
    int done = 0;
    try (Hl7FileWriter hl7 = new Hl7FileWriter(layout.hl7Dir(), "lab")) {
      for (Member member : members) {
        Identity copy = member.copies().get(Source.LAB);
        if (copy == null) {
          continue;
        }
        String id = RecordIds.lab(truth.count(Source.LAB) + 1);
        truth.add(Source.LAB, id, member.personId());
        Map<String, List<LabResult>> results = observations.of(member.personId());
        String registered = results.isEmpty() ? NO_RESULTS_TIME : results.keySet().iterator().next();
        hl7.write(messages.registration("LAB" + (hl7.messageCount() + 1), registered, id, copy));
        for (Map.Entry<String, List<LabResult>> entry : results.entrySet()) {
          hl7.write(messages.results("LAB" + (hl7.messageCount() + 1), entry.getKey(), id, copy, entry.getValue()));
        }
        progress.report(++done, labPersons.size(), "hl7");
      }
    }
  }

  private static List<Path> patientBundles(Path fhir) throws IOException {
    try (Stream<Path> files = Files.list(fhir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !isProviderBundle(f))
          .sorted()
          .toList();
    }
  }

  private static void copyProviderBundles(Path fhir, Path target) throws IOException {
    try (Stream<Path> files = Files.list(fhir)) {
      for (Path file : files.filter(SyntheaNetwork::isProviderBundle).sorted().toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
  }

  private static boolean isProviderBundle(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation");
  }

  private static ObjectNode patientOf(JsonNode bundle, Path file) {
    for (JsonNode entry : bundle.path("entry")) {
      JsonNode resource = entry.path("resource");
      if ("Patient".equals(resource.path("resourceType").asText()) && resource instanceof ObjectNode patient) {
        return patient;
      }
    }
    throw new IllegalStateException("Synthea bundle " + file.getFileName() + " has no Patient resource");
  }
}
