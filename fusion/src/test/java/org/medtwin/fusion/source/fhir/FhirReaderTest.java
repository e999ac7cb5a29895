package org.medtwin.fusion.source.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceRecord;

class FhirReaderTest {

  private static final String PATIENT =
      "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\",\"birthDate\":\"1970-03-01\","
          + "\"name\":[{\"use\":\"official\",\"family\":\"Doe\",\"given\":[\"Jane\",\"Q\"]}],"
          + "\"telecom\":[{\"system\":\"phone\",\"value\":\"555-123-4567\",\"use\":\"home\"}]}";
  private static final String GLUCOSE =
      "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
          + "\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/observation-category\",\"code\":\"laboratory\"}]}],"
          + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2345-7\",\"display\":\"Glucose\"}]},"
          + "\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\":\"2020-01-02T08:30:00+01:00\","
          + "\"valueQuantity\":{\"value\":5.50,\"unit\":\"mmol/L\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mmol/L\"}}";
  private static final String CLAIM =
      "{\"resourceType\":\"Claim\",\"id\":\"c1\",\"patient\":{\"reference\":\"urn:uuid:p1\"},\"status\":\"active\"}";

  @TempDir Path dir;

  @Test
  void readsEachBundleEntryAsOneRecord_mappingCoveredTypesAndKeepingOthersRaw() throws IOException {
    List<SourceRecord> records = read("bundle.json", bundle(PATIENT, GLUCOSE, CLAIM));

    assertThat(records).hasSize(3).allMatch(r -> r instanceof SourceRecord.Accepted);
    Patient patient = (Patient) accepted(records.get(0)).facts().get(0);
    assertThat(patient.id()).isEqualTo("p1");
    assertThat(patient.sex()).isEqualTo(Sex.FEMALE);
    assertThat(patient.birthDate()).isEqualTo(LocalDate.of(1970, 3, 1));
    assertThat(patient.names().get(0).given()).containsExactly("Jane", "Q");
    assertThat(patient.telecom().get(0).value()).isEqualTo("555-123-4567");
    assertThat(patient.provenance().sourceRecordId()).isEqualTo("Patient/p1");

    Observation glucose = (Observation) accepted(records.get(1)).facts().get(0);
    assertThat(glucose.patientId()).isEqualTo("p1");
    assertThat(glucose.code().system()).isEqualTo(CodeSystem.LOINC);
    assertThat(glucose.category()).isEqualTo("laboratory");
    // 08:30 at +01:00 is 07:30 UTC.
    assertThat(glucose.effective()).isEqualTo(Instant.parse("2020-01-02T07:30:00Z"));
    ObservationValue.Numeric value = (ObservationValue.Numeric) glucose.value();
    assertThat(value.quantity().value()).isEqualByComparingTo("5.50");
    assertThat(value.quantity().value().scale()).as("no digits the source sent are lost").isEqualTo(2);
    assertThat(value.quantity().unit()).isEqualTo("mmol/L");

    SourceRecord.Accepted claim = accepted(records.get(2));
    assertThat(claim.facts()).isEmpty();
    assertThat(claim.unmodeled()).singleElement().satisfies(u -> {
      assertThat(u.type()).isEqualTo("Claim");
      assertThat(u.patientId()).isEqualTo("p1");
      assertThat(u.json()).isEqualTo(CLAIM);
    });
    assertThat(records).extracting(r -> accepted(r).location()).containsExactly("entry 1", "entry 2", "entry 3");
    assertThat(records).extracting(r -> accepted(r).key()).containsExactly("Patient/p1", "Observation/o1", "Claim/c1");
  }

  @Test
  void givesTheSameKeysAndHashesOnEveryRead_andAnotherHashWhenContentChanges() throws IOException {
    List<SourceRecord> first = read("a.json", bundle(PATIENT, GLUCOSE));
    List<SourceRecord> again = read("a.json", bundle(PATIENT, GLUCOSE));
    List<SourceRecord> changed = read("a.json", bundle(PATIENT, GLUCOSE.replace("5.50", "5.60")));

    assertThat(hashes(again)).isEqualTo(hashes(first));
    assertThat(accepted(changed.get(0)).contentHash()).isEqualTo(accepted(first.get(0)).contentHash());
    assertThat(accepted(changed.get(1)).contentHash()).isNotEqualTo(accepted(first.get(1)).contentHash());
  }

  @Test
  void quarantinesTheRestOfATruncatedBundle_afterReadingTheEntriesBeforeTheCut() throws IOException {
    String whole = bundle(PATIENT, GLUCOSE, CLAIM);
    String truncated = whole.substring(0, whole.indexOf(CLAIM) + 20);

    List<SourceRecord> records = read("cut.json", truncated);

    assertThat(records).hasSize(3);
    assertThat(records.subList(0, 2)).allMatch(r -> r instanceof SourceRecord.Accepted);
    var rest = rejected(records.get(2));
    assertThat(rest.location()).startsWith("entry 3 to end");
    assertThat(rest.reason()).contains("breaks off").contains("cut short");
    // The record holds everything from the third entry's opening brace to the end of the file.
    assertThat(new String(rest.raw(), StandardCharsets.UTF_8))
        .isEqualTo(truncated.substring(truncated.lastIndexOf("{\"resource\":")));
  }

  @Test
  void quarantinesAMisspeltResourceType_suggestingTheRealOne() throws IOException {
    String wrong = bundle(PATIENT).replace("\"resourceType\":\"Bundle\"", "\"resourceType\":\"Bundel\"");

    List<SourceRecord> records = read("wrong.json", wrong);

    assertThat(records).singleElement().satisfies(r ->
        assertThat(rejected(r).reason()).contains("'Bundel' is not a FHIR R4 resource type").contains("Maybe 'Bundle'?"));
  }

  @Test
  void quarantinesAResourceMissingARequiredField_namingTheField() throws IOException {
    String noStatus = GLUCOSE.replace("\"status\":\"final\",", "");

    List<SourceRecord> records = read("b.json", bundle(PATIENT, noStatus));

    assertThat(records.get(0)).isInstanceOf(SourceRecord.Accepted.class);
    var entry = rejected(records.get(1));
    assertThat(entry.reason()).isEqualTo("Observation/o1: Observation o1 is missing its required status.");
    assertThat(entry.location()).isEqualTo("entry 2");
    assertThat(new String(entry.raw(), StandardCharsets.UTF_8)).isEqualTo(noStatus);
  }

  @Test
  void quarantinesOnlyTheNdjsonLineWithBytesThatAreNotUtf8() throws IOException {
    byte[] bad = (PATIENT.replace("Doe", "D\u00f6e") + "\n").getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("Patient.ndjson");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((GLUCOSE + "\n").getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write((CLAIM + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    List<SourceRecord> records = read(file);

    assertThat(records).hasSize(3);
    var line = rejected(records.get(1));
    assertThat(line.location()).isEqualTo("line 2");
    assertThat(line.reason()).startsWith("Not valid JSON").contains("UTF-8");
    assertThat(line.raw()).isEqualTo(Arrays.copyOf(bad, bad.length - 1));
    assertThat(accepted(records.get(2)).location()).isEqualTo("line 3");
  }

  @Test
  void readsNothingFromAnEmptyFile() throws IOException {
    assertThat(read("empty.json", "")).isEmpty();
    assertThat(read("empty.ndjson", "")).isEmpty();
  }

  @Test
  void quarantinesA100MegabyteLine_keepingOnlyItsStart() throws IOException {
    Path file = dir.resolve("huge.ndjson");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("{\"resourceType\":\"Patient\",\"id\":\"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write((PATIENT + "\n").getBytes(StandardCharsets.UTF_8));
    }

    List<SourceRecord> records = read(file);

    assertThat(records).hasSize(2);
    var huge = rejected(records.get(0));
    assertThat(huge.rawLength()).isEqualTo(100L * (1 << 20) + 34);
    assertThat(huge.raw()).hasSize(org.medtwin.store.ingest.QuarantineEntry.MAX_RAW_BYTES);
    assertThat(huge.reason()).contains("more than the").contains("bytes one FHIR resource may have");
    assertThat(records.get(1)).isInstanceOf(SourceRecord.Accepted.class);
  }

  @Test
  void quarantinesAResourceWithAnEscapedNulCharacter_butNotAnEscapedBackslashBeforeU0000() throws IOException {
    String nul = PATIENT.replace("Doe", "Do\\u0000e");
    String backslash = PATIENT.replace("p1", "p2").replace("Doe", "Do\\\\u0000e");

    List<SourceRecord> records = read("nul.json", bundle(nul, backslash));

    assertThat(rejected(records.get(0)).reason()).contains("NUL character");
    Patient kept = (Patient) accepted(records.get(1)).facts().get(0);
    assertThat(kept.names().get(0).family()).isEqualTo("Do\\u0000e");
  }

  private static String bundle(String... resources) {
    StringBuilder json = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      json.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i])
          .append(",\"request\":{\"method\":\"POST\"}}");
    }
    return json.append("]}").toString();
  }

  private List<SourceRecord> read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return read(file);
  }

  private List<SourceRecord> read(Path file) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    new FhirReader("hospital-a").read(new SourceFile("hospital-a", dir, file), records::add);
    return records;
  }

  private static SourceRecord.Accepted accepted(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Accepted.class);
    return (SourceRecord.Accepted) record;
  }

  private static org.medtwin.store.ingest.QuarantineEntry rejected(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Rejected.class);
    return ((SourceRecord.Rejected) record).entry();
  }

  private static List<String> hashes(List<SourceRecord> records) {
    return records.stream().map(r -> accepted(r).contentHash()).toList();
  }

}
