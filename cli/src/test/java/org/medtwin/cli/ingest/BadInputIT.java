package org.medtwin.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.cli.testing.StoreTables;
import org.medtwin.fusion.ingest.IngestProgress;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.ingest.Ingestion;
import org.medtwin.fusion.ingest.SourceReport;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.quarantine.QuarantinedRecord;
import org.medtwin.store.testing.TestStores;

/**
 * A network of three hand-made sources full of broken records: each bad record lands in the
 * quarantine with where it was and a reason a person can act on, every good one loads, and the
 * run ends normally.
 */
class BadInputIT {

  /** A single NDJSON line of about 100 MB, three times what one FHIR resource may have. */
  private static final long HUGE_LINE_BYTES = 100L << 20;

  @TempDir static Path network;

  @TempDir Path storeDir;

  @BeforeAll
  static void writeBrokenSources() throws IOException {
    writeFhirSource(network.resolve("bad-fhir"));
    writeHl7Source(network.resolve("bad-lab"));
    writeCsvSource(network.resolve("bad-clinic"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void badRecords_areQuarantinedWithReasonAndPlace_andEveryGoodRecordLoads(Dialect dialect)
      throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, storeDir))) {
      IngestReport report = new Ingestion(store, new IngestSettings(3), IngestProgress.SILENT).run(network);

      Map<String, SourceReport> sources =
          report.sources().stream().collect(Collectors.toMap(SourceReport::source, Function.identity()));
      // good bundle 5 + truncated 2 + ndjson 2 load; truncated rest, Bundel, Observation, bad UTF-8 line, huge line do not
      assertCounts(sources.get("bad-fhir"), 14, 9, 5);
      assertCounts(sources.get("bad-lab"), 5, 3, 2);
      assertCounts(sources.get("bad-clinic"), 4, 3, 1);

      Map<String, QuarantinedRecord> fhir = quarantined(store, "bad-fhir");
      assertThat(fhir).containsOnlyKeys(
          "b-truncated.json", "c-bundel.json", "d-observation-without-code.json", "e-resources.ndjson",
          "g-huge.ndjson");
      assertThat(fhir.get("b-truncated.json").location()).startsWith("entry 3 to end (byte ");
      assertThat(fhir.get("b-truncated.json").reason()).contains("breaks off", "Entries before it were read");
      assertThat(fhir.get("c-bundel.json").location()).isEqualTo("file");
      assertThat(fhir.get("c-bundel.json").reason()).contains("'Bundel'", "Maybe 'Bundle'?");
      assertThat(fhir.get("d-observation-without-code.json").location()).isEqualTo("file");
      assertThat(fhir.get("d-observation-without-code.json").reason())
          .contains("obs-incomplete", "missing its required", "status");
      assertThat(fhir.get("e-resources.ndjson").location()).isEqualTo("line 2");
      assertThat(fhir.get("e-resources.ndjson").reason()).contains("UTF-8");
      QuarantinedRecord huge = fhir.get("g-huge.ndjson");
      assertThat(huge.location()).isEqualTo("line 1");
      assertThat(huge.reason()).contains("bytes long", "more than");
      assertThat(huge.rawLength()).isEqualTo(HUGE_LINE_BYTES);
      assertThat(huge.raw().length).as("raw bytes kept of a huge record").isLessThanOrEqualTo(1 << 20);

      Map<String, QuarantinedRecord> lab = quarantinedByPlace(store, "bad-lab");
      assertThat(lab).containsOnlyKeys("feed.hl7@message 3", "feed.hl7@message 4");
      assertThat(lab.get("feed.hl7@message 3").reason()).contains("Segment 3", "segment name");
      assertThat(lab.get("feed.hl7@message 4").reason()).contains("MSH-12", "'3.0'");

      Map<String, QuarantinedRecord> clinic = quarantinedByPlace(store, "bad-clinic");
      assertThat(clinic).containsOnlyKeys("patients.csv@line 3");
      assertThat(clinic.get("patients.csv@line 3").reason())
          .contains("Row has 29 columns but the header has 28");

      var db = store.connection();
      assertThat(StoreTables.count(db, "SELECT count(*) FROM patient WHERE source = 'bad-fhir'"))
          .as("patients of the good bundle, the truncated bundle and the NDJSON file").isEqualTo(3);
      assertThat(StoreTables.count(db, "SELECT count(*) FROM observation WHERE source = 'bad-fhir'"))
          .as("4 + 1 + 1 observations").isEqualTo(6);
      assertThat(StoreTables.count(db, "SELECT count(*) FROM patient WHERE source = 'bad-lab'"))
          .as("patients of messages 1, 2 and 5").isEqualTo(3);
      assertThat(StoreTables.count(db, "SELECT count(*) FROM observation WHERE source = 'bad-lab'"))
          .as("the ORU's one result").isEqualTo(1);
      assertThat(StoreTables.count(db, "SELECT count(*) FROM patient WHERE source = 'bad-clinic'"))
          .isEqualTo(3);
    }
  }

  private static void assertCounts(SourceReport source, long read, long loaded, long quarantined) {
    assertThat(source).as("a report for the source").isNotNull();
    assertThat(source.read()).as("%s read", source.source()).isEqualTo(read);
    assertThat(source.loaded()).as("%s loaded", source.source()).isEqualTo(loaded);
    assertThat(source.quarantined()).as("%s quarantined", source.source()).isEqualTo(quarantined);
    assertThat(source.loaded() + source.unchanged() + source.quarantined()).isEqualTo(source.read());
  }

  /** The source's quarantined records by file; fails when a file has two. */
  private static Map<String, QuarantinedRecord> quarantined(PatientStore store, String source) {
    List<QuarantinedRecord> records = store.quarantine().list(source, 100);
    return records.stream().collect(Collectors.toMap(QuarantinedRecord::file, r -> r));
  }

  /** The source's quarantined records by {@code file@location}. */
  private static Map<String, QuarantinedRecord> quarantinedByPlace(PatientStore store, String source) {
    List<QuarantinedRecord> records = store.quarantine().list(source, 100);
    return records.stream().collect(Collectors.toMap(r -> r.file() + "@" + r.location(), r -> r));
  }

  // ---------------------------------------------------------------- the broken sources

  private static void writeFhirSource(Path source) throws IOException {
    Path fhir = Files.createDirectories(source.resolve("fhir"));
    Files.writeString(source.resolve("medtwin-source.json"), "{\"source\":\"bad-fhir\",\"format\":\"fhir\"}");
    Files.writeString(fhir.resolve("a-good.json"), bundle("good"));
    String truncated = bundle("cut");
    int third = nthIndexOf(truncated, "{\"fullUrl\"", 3);
    Files.writeString(fhir.resolve("b-truncated.json"), truncated.substring(0, third + 60));
    Files.writeString(fhir.resolve("c-bundel.json"), bundle("misnamed").replace("\"Bundle\"", "\"Bundel\""));
    Files.writeString(fhir.resolve("d-observation-without-code.json"),
        "{\"resourceType\":\"Observation\",\"id\":\"obs-incomplete\",\"subject\":{\"reference\":\"Patient/good\"},"
            + "\"effectiveDateTime\":\"2020-01-01T10:00:00Z\",\"valueQuantity\":{\"value\":1}}");
    try (OutputStream out = Files.newOutputStream(fhir.resolve("e-resources.ndjson"))) {
      out.write((patient("nd-1") + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] bad = (patient("nd-2").replace("\"family\":\"Doe\"", "\"family\":\"D#e\"") + "\n")
          .getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bad.length; i++) {
        if (bad[i] == '#') {
          bad[i] = (byte) 0xFF; // never valid in UTF-8
        }
      }
      out.write(bad);
      out.write((observation("nd-obs", "nd-1") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.createFile(fhir.resolve("f-empty.json"));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fhir.resolve("g-huge.ndjson")), 1 << 16)) {
      byte[] head = "{\"resourceType\":\"Patient\",\"id\":\"huge\",\"text\":{\"div\":\"".getBytes(StandardCharsets.US_ASCII);
      byte[] tail = "\"}}".getBytes(StandardCharsets.US_ASCII);
      out.write(head);
      byte[] filler = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
      long left = HUGE_LINE_BYTES - head.length - tail.length;
      while (left > 0) {
        int n = (int) Math.min(filler.length, left);
        out.write(filler, 0, n);
        left -= n;
      }
      out.write(tail);
      out.write('\n');
    }
  }

  /** A transaction bundle of a patient and four observations, ids prefixed. */
  private static String bundle(String prefix) {
    StringBuilder entries = new StringBuilder();
    entries.append(entry(patient(prefix)));
    for (int i = 1; i <= 4; i++) {
      entries.append(',').append(entry(observation(prefix + "-obs-" + i, prefix)));
    }
    return "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[" + entries + "]}";
  }

  private static String entry(String resource) {
    return "{\"fullUrl\":\"urn:uuid:x\",\"resource\":" + resource + "}";
  }

  private static String patient(String id) {
    return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"Doe\",\"given\":[\"Jo\"]}],"
        + "\"gender\":\"female\",\"birthDate\":\"1970-01-01\"}";
  }

  private static String observation(String id, String patient) {
    return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\",\"display\":\"Heart rate\"}]},"
        + "\"subject\":{\"reference\":\"Patient/" + patient + "\"},\"effectiveDateTime\":\"2020-01-01T10:00:00Z\","
        + "\"valueQuantity\":{\"value\":72,\"unit\":\"/min\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"/min\"}}";
  }

  private static int nthIndexOf(String text, String part, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = text.indexOf(part, at + 1);
    }
    return at;
  }

  private static void writeHl7Source(Path source) throws IOException {
    Path hl7 = Files.createDirectories(source.resolve("hl7"));
    Files.writeString(source.resolve("medtwin-source.json"), "{\"source\":\"bad-lab\",\"format\":\"hl7v2\"}");
    String feed = String.join("\n",
        message("MSH|^~\\&|LABSYS|LAB|MEDTWIN|HOSP|20190215080000||ORU^R01^ORU_R01|MSG0001|P|2.5",
            "PID|1||LAB000041^^^LAB^PI||Smith^Anna||19700101|F",
            "OBR|1|ORD1|FIL1|24323-8^Comprehensive metabolic panel^LN|||20190215060000",
            "OBX|1|NM|2345-7^Glucose^LN||99.1|mg/dL|70-99|H|||F|||20190215061500"),
        message("MSH|^~\\&|ADT|HOSP|MEDTWIN|HOSP|20190215080000||ADT^A01^ADT_A01|MSG0002|P|2.5",
            "EVN|A01|20190215080000", "PID|1||LAB000042^^^LAB^PI||Doe^John||19800512|M", "PV1|1|I"),
        message("MSH|^~\\&|ADT|HOSP|MEDTWIN|HOSP|20190215080000||ADT^A01^ADT_A01|MSG0003|P|2.5",
            "EVN|A01|20190215080000", "a line break split this field^Doe^John", "PV1|1|I"),
        message("MSH|^~\\&|ADT|HOSP|MEDTWIN|HOSP|20190215080000||ADT^A01^ADT_A01|MSG0004|P|3.0",
            "EVN|A01|20190215080000", "PID|1||LAB000044^^^LAB^PI||Roe^Jane||19810101|F", "PV1|1|I"),
        message("MSH|^~\\&|ADT|HOSP|MEDTWIN|HOSP|20190215080000||ADT^A04^ADT_A01|MSG0005|P|2.3",
            "EVN|A04|20190215080000", "PID|1||LAB000045^^^LAB^PI||Poe^Ed||19820202|M", "PV1|1|O"));
    Files.writeString(hl7.resolve("feed.hl7"), feed);
  }

  private static String message(String... segments) {
    return String.join("\r", segments) + "\r";
  }

  private static void writeCsvSource(Path source) throws IOException {
    Path csv = Files.createDirectories(source.resolve("csv"));
    Files.writeString(source.resolve("medtwin-source.json"),
        "{\"source\":\"bad-clinic\",\"format\":\"synthea-csv\"}");
    String header = "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,"
        + "RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,"
        + "HEALTHCARE_COVERAGE,INCOME";
    String row = ",1985-06-30,,,,,,Bob,,Brown,,,S,black,nonhispanic,M,,9 Elm Rd,Quincy,Massachusetts,"
        + "Norfolk County,,02169,42.25,-71.00,10.00,0.00,20000";
    Files.writeString(csv.resolve("patients.csv"), String.join("\n",
        header,
        "c-1" + row,
        "c-2" + row.replace("9 Elm Rd", "9 Elm Rd, Apt 2"), // unquoted comma: one column too many
        "c-3" + row,
        "c-4" + row) + "\n");
  }
}
