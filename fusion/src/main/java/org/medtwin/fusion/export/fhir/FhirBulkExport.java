package org.medtwin.fusion.export.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportPerson;
import org.medtwin.fusion.export.ExportProgress;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.FactKind;
import org.medtwin.fusion.export.FactRow;
import org.medtwin.fusion.standardize.UcumUnits;

/**
 * Exports the store as FHIR R4 Bulk Data NDJSON: one {@code Patient} per linked person (the golden
 * record), every fact of its linked records (a fact the merge found in several sources once, from
 * its most trusted source), one {@code Provenance} per resource naming the source records behind
 * it, and a Bulk Data manifest ({@code manifest.json}) with the count of every file and the
 * records left out with their reasons as {@code OperationOutcome}s in {@code error}.
 */
public final class FhirBulkExport {

  private final ExportSource source;
  private final Disclosure disclosure;
  private final ExportProgress progress;
  private final UcumUnits ucum;

  /** An export of the source's store through the disclosure. */
  public FhirBulkExport(ExportSource source, Disclosure disclosure, ExportProgress progress, UcumUnits ucum) {
    this.source = source;
    this.disclosure = disclosure;
    this.progress = progress;
    this.ucum = ucum;
  }

  /**
   * Writes the export into the folder, which must be empty or absent.
   *
   * @throws IllegalArgumentException when the folder holds files already
   * @throws UncheckedIOException when a file cannot be written
   * @throws org.medtwin.store.StoreException when the store cannot be read
   */
  public ExportCounts run(Path dir) {
    prepare(dir);
    Instant transactionTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ExportCounts counts = new ExportCounts();
    List<ExportPerson> persons = source.persons();
    disclosure.prepare(persons);
    long total = persons.size();
    for (FactKind kind : FactKind.values()) {
      total += source.count(kind);
    }
    FhirProvenances provenances = new FhirProvenances(disclosure, transactionTime);
    Map<String, String> patientIds = new HashMap<>();
    long done = 0;
    try (NdjsonFiles files = new NdjsonFiles(dir, counts)) {
      FhirPatients patients = new FhirPatients(disclosure);
      for (ExportPerson person : persons) {
        if (disclosure.withheld(person.personId())) {
          counts.countSkipped("Patient", "withheld to keep k-anonymity (fewer than k persons share its birth year, sex and ZIP)");
          progress.update(++done, total, "Patient");
          continue;
        }
        ObjectNode patient = patients.resource(person);
        patientIds.put(person.personId(), patient.get("id").asText());
        files.write(patient);
        files.write(provenances.ofPatient(patient.get("id").asText(), person));
        progress.update(++done, total, "Patient");
      }
      FhirFacts facts = new FhirFacts(disclosure, ucum);
      for (FactKind kind : FactKind.values()) {
        Map<String, List<String>> duplicates = source.mergedDuplicates(kind);
        String type = FhirFacts.resourceType(kind);
        long[] handled = {done};
        long totalFinal = total;
        source.facts(kind, row -> {
          write(row, type, disclosure, patientIds, facts, provenances, duplicates, files, counts);
          if (++handled[0] % 1000 == 0) {
            progress.update(handled[0], totalFinal, type);
          }
        });
        done = handled[0];
        progress.update(done, total, type);
      }
    }
    writeManifest(dir, transactionTime, counts);
    return counts;
  }

  private static void write(FactRow row, String type, Disclosure disclosure, Map<String, String> patientIds,
      FhirFacts facts,
      FhirProvenances provenances, Map<String, List<String>> duplicates, NdjsonFiles files, ExportCounts counts) {
    if (!row.hasPatient()) {
      counts.countSkipped(type, "its patient record is not in the store");
      return;
    }
    if (disclosure.withheld(row.personId())) {
      counts.countSkipped(type, "its person is withheld to keep k-anonymity");
      return;
    }
    if (row.mergedInto() != null) {
      counts.countSkipped(type, "merged into the same fact from a more trusted source (its Provenance names this one)");
      return;
    }
    try {
      ObjectNode resource = facts.resource(row, patientIds.get(row.personId()));
      files.write(resource);
      files.write(provenances.ofFact(type, resource.get("id").asText(), row,
          duplicates.getOrDefault(row.source() + "/" + row.id(), List.of())));
    } catch (FhirFacts.Refused refused) {
      counts.countSkipped(type, refused.getMessage());
    }
  }

  private static void prepare(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("Output folder " + dir + " is not empty. Give a new or empty folder,"
                + " so that an earlier export's files are not mixed into this one.");
          }
        }
      } else if (Files.exists(dir)) {
        throw new IllegalArgumentException("Output " + dir + " is a file, not a folder.");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The Bulk Data manifest; urls are the file names, relative to the manifest. */
  private static void writeManifest(Path dir, Instant transactionTime, ExportCounts counts) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode manifest = json.createObjectNode();
    manifest.put("transactionTime", FhirJson.dateTime(transactionTime));
    manifest.put("request", "medtwin export fhir");
    manifest.put("requiresAccessToken", false);
    ArrayNode output = manifest.putArray("output");
    counts.exported().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      ObjectNode file = output.addObject();
      file.put("type", e.getKey());
      file.put("url", e.getKey() + ".ndjson");
      file.put("count", e.getValue());
    });
    ArrayNode errors = manifest.putArray("error");
    Map<String, Map<String, Long>> skipped = counts.skipped();
    if (!skipped.isEmpty()) {
      errors.addObject().put("type", "OperationOutcome").put("url", "OperationOutcome.ndjson");
    }
    try {
      Files.writeString(dir.resolve("manifest.json"), json.writeValueAsString(manifest));
      writeOutcomes(dir, skipped);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** One OperationOutcome per resource type and reason, with how many records it left out. */
  private static void writeOutcomes(Path dir, Map<String, Map<String, Long>> skipped) throws IOException {
    if (skipped.isEmpty()) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    int n = 0;
    for (var type : skipped.entrySet()) {
      for (var reason : type.getValue().entrySet()) {
        ObjectNode outcome = FhirJson.resource("OperationOutcome", "skipped-" + ++n);
        ObjectNode issue = outcome.putArray("issue").addObject();
        issue.put("severity", "warning");
        issue.put("code", "informational");
        issue.put("diagnostics", reason.getValue() + " " + type.getKey() + " record(s) not exported: " + reason.getKey());
        lines.append(json.writeValueAsString(outcome)).append('\n');
      }
    }
    Files.writeString(dir.resolve("OperationOutcome.ndjson"), lines);
  }
}
