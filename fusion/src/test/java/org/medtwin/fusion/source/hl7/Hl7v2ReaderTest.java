package org.medtwin.fusion.source.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.quantity.ReferenceRange;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.source.ContentHash;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.fusion.standardize.ConceptMap;
import org.medtwin.fusion.standardize.ConceptMapping;
import org.medtwin.store.ingest.QuarantineEntry;
import org.medtwin.store.ingest.UnmappedCode;

class Hl7v2ReaderTest {

  private static final String LAB = "urn:medtwin:lab-c:lab";
  private static final SourceDescriptor DESCRIPTOR =
      new SourceDescriptor("lab-c", "hl7v2", null, null, LAB, List.of("laboratory"));

  static final String ORU =
      message(
          "MSH|^~\\&|LABSYS|LAB|MEDTWIN|HOSP|20190215080000||ORU^R01^ORU_R01|MSG0001|P|2.5.1",
          "PID|1||LAB000042^^^LAB^PI~123-45-6789^^^SSA^SS||Smith^Anna^Marie^^Mrs.^^L||19700101|F|||"
              + "12 Main St^Apt 4^Boston^MA^02108^USA||^PRN^PH^^1^617^5551234|(617)555-9876",
          "OBR|1|ORD1|FIL1|24323-8^Comprehensive metabolic panel^LN|||20190215060000",
          "OBX|1|NM|2345-7^Glucose^LN||99.1|mg/dL|70-99|H|||F|||20190215061500",
          "OBX|2|NM|2160-0^Creatinine^LN||0.9|mg/dL|<1.3|N|||P",
          "OBX|3|ST|600-7^Bacteria identified^LN||No growth||||||C",
          "OBX|4|CE|5778-6^Color of Urine^LN||371244009^Yellow^SCT||||||X",
          "OBX|5|NM|GLU^Glucose fasting^L||5.50|mmol/L|>3.9||||F",
          "OBX|6|NM|K^Potassium^L||4.1|mmol/L|||||F");
  static final String ADT =
      message(
          "MSH|^~\\&|ADT|HOSP|MEDTWIN|HOSP|20190215080000||ADT^A01^ADT_A01|MSG0002|P|2.3",
          "EVN|A01|20190215080000",
          "PID|1||MRN001^^^HOSP^MR~LAB000043^^^LAB^PI||Doe^John||19800512|M",
          "PV1|1|I");

  @TempDir Path dir;

  private static String message(String... segments) {
    return String.join("\r", segments) + "\r";
  }

  private List<SourceRecord> read(Hl7v2Reader reader, String content) throws IOException {
    Path file = dir.resolve("feed.hl7");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    List<SourceRecord> records = new ArrayList<>();
    reader.read(new SourceFile("lab-c", dir, file), records::add);
    return records;
  }

  private static SourceRecord.Accepted accepted(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Accepted.class);
    return (SourceRecord.Accepted) record;
  }

  private static QuarantineEntry rejected(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Rejected.class);
    return ((SourceRecord.Rejected) record).entry();
  }

  private static ConceptMap glucoseMap() {
    return new ConceptMap(
        List.of(
            new ConceptMapping(new Coding(LAB, "GLU", null), "mmol/L",
                Coding.loinc("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), "mg/dL",
                new BigDecimal("18.016"))));
  }

  @Test
  void oru_givesThePatientAndOneObservationPerObx() throws IOException {
    Hl7v2Reader reader = new Hl7v2Reader(DESCRIPTOR, glucoseMap(), ZoneId.of("UTC"));

    List<SourceRecord> records = read(reader, ORU + "\n");

    assertThat(records).hasSize(1);
    SourceRecord.Accepted record = accepted(records.get(0));
    assertThat(record.key()).isEqualTo("MSG0001");
    assertThat(record.location()).isEqualTo("message 1");
    assertThat(record.file()).isEqualTo("feed.hl7");
    assertThat(record.contentHash()).isEqualTo(ContentHash.of(ORU.substring(0, ORU.length() - 1)));
    assertThat(record.facts()).hasSize(7);
    assertThat(record.facts().get(0))
        .isEqualTo(
            new Patient(
                "LAB000042",
                List.of(new Identifier("LAB", "LAB000042", "PI"), new Identifier("SSA", "123-45-6789", "SS")),
                List.of(new HumanName("official", "Smith", List.of("Anna", "Marie"), List.of("Mrs."))),
                LocalDate.of(1970, 1, 1),
                Sex.FEMALE,
                List.of(new Address(List.of("12 Main St", "Apt 4"), "Boston", "MA", "02108", "USA")),
                List.of(new ContactPoint("phone", "(617)5551234", "home"), new ContactPoint("phone", "(617)555-9876", "work")),
                null,
                Provenance.fromSource("lab-c", "LAB000042")));

    Observation glucose = (Observation) record.facts().get(1);
    assertThat(glucose)
        .isEqualTo(
            new Observation(
                "MSG0001-1",
                "LAB000042",
                null,
                "final",
                "laboratory",
                Coding.loinc("2345-7", "Glucose"),
                Instant.parse("2019-02-15T06:15:00Z"),
                new ObservationValue.Numeric(Quantity.of("99.1", "mg/dL")),
                null,
                null,
                new ReferenceRange(Quantity.of("70", "mg/dL"), Quantity.of("99", "mg/dL"), "70-99"),
                "H",
                List.of(),
                Provenance.fromSource("lab-c", "MSG0001-1")));

    Observation creatinine = (Observation) record.facts().get(2);
    assertThat(creatinine.status()).isEqualTo("preliminary");
    assertThat(creatinine.effective()).isEqualTo(Instant.parse("2019-02-15T06:00:00Z")); // OBR-7
    assertThat(creatinine.referenceRange()).isEqualTo(new ReferenceRange(null, Quantity.of("1.3", "mg/dL"), "<1.3"));

    Observation culture = (Observation) record.facts().get(3);
    assertThat(culture.value()).isEqualTo(new ObservationValue.Text("No growth"));
    assertThat(culture.status()).isEqualTo("corrected");

    Observation color = (Observation) record.facts().get(4);
    assertThat(color.value()).isEqualTo(new ObservationValue.Coded(Coding.snomed("371244009", "Yellow")));
    assertThat(color.status()).isEqualTo("cancelled");

    Observation local = (Observation) record.facts().get(5);
    assertThat(local.code()).isEqualTo(Coding.loinc("2345-7", "Glucose [Mass/volume] in Serum or Plasma"));
    assertThat(local.value()).isEqualTo(new ObservationValue.Numeric(new Quantity(new BigDecimal("99.09"), "mg/dL")));
    assertThat(local.sourceCode()).isEqualTo(new Coding(LAB, "GLU", "Glucose fasting"));
    assertThat(local.sourceValue()).isEqualTo(new ObservationValue.Numeric(Quantity.of("5.50", "mmol/L")));
    assertThat(local.referenceRange()).isEqualTo(new ReferenceRange(Quantity.of("3.9", "mmol/L"), null, ">3.9"));

    assertThat(((Observation) record.facts().get(6)).code()).isEqualTo(new Coding(LAB, "K", "Potassium"));
    assertThat(record.unmapped()).containsExactly(new UnmappedCode("lab-c", LAB, "K", "mmol/L"));
  }

  @Test
  void timestampsWithoutOffset_areReadInTheLabZone() throws IOException {
    Hl7v2Reader reader = new Hl7v2Reader(DESCRIPTOR, ConceptMap.empty(), ZoneId.of("Europe/Berlin"));

    Observation glucose = (Observation) accepted(read(reader, ORU).get(0)).facts().get(1);

    assertThat(glucose.effective()).isEqualTo(Instant.parse("2019-02-15T05:15:00Z")); // 06:15 CET
  }

  @Test
  void adt_givesThePatient_identifiedByTheLabId() throws IOException {
    SourceRecord.Accepted record = accepted(read(new Hl7v2Reader(DESCRIPTOR), ADT).get(0));

    assertThat(record.key()).isEqualTo("MSG0002");
    Patient patient = (Patient) record.facts().get(0);
    assertThat(record.facts()).hasSize(1);
    assertThat(patient.id()).isEqualTo("LAB000043");
    assertThat(patient.identifiers())
        .containsExactly(new Identifier("HOSP", "MRN001", "MR"), new Identifier("LAB", "LAB000043", "PI"));
    assertThat(patient.birthDate()).isEqualTo(LocalDate.of(1980, 5, 12));
    assertThat(patient.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void badMessages_areQuarantinedWithTheirReason_whileTheOthersComeThrough() throws IOException {
    String wrongVersion = ORU.replace("MSG0001|P|2.5.1", "MSG0003|P|3.0");
    String brokenSegment = ORU.replace("MSG0001", "MSG0004").replace("OBR|1|", "ob|1|");
    String noControlId = ORU.replace("|MSG0001|", "||");
    String siu = message(
        "MSH|^~\\&|SCHED|HOSP|MEDTWIN|HOSP|20190215080000||SIU^S12^SIU_S12|MSG0005|P|2.5",
        "SCH|1234|1234|||||Checkup");
    String notNumeric = ORU.replace("MSG0001", "MSG0006").replace("||99.1|", "||abc|");
    String noSeparators = "MSHLABSYS LAB 2.5\r";
    String content = "garbage before the first message\r\n"
        + ORU + "\n" + wrongVersion + "\n" + brokenSegment + "\r\n" + noControlId + "\n" + siu + "\n"
        + notNumeric + "\n" + noSeparators + "\n" + ADT;

    List<SourceRecord> records = read(new Hl7v2Reader(DESCRIPTOR), content);

    assertThat(records).hasSize(9);
    assertThat(records).extracting(r -> r instanceof SourceRecord.Accepted ? ((SourceRecord.Accepted) r).location()
        : ((SourceRecord.Rejected) r).entry().location())
        .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5", "message 6",
            "message 7", "message 8", "message 9");
    assertThat(rejected(records.get(0)).reason()).startsWith("The message does not start with an MSH segment");
    assertThat(accepted(records.get(1)).key()).isEqualTo("MSG0001");
    assertThat(rejected(records.get(2)).reason()).startsWith("MSH-12 declares HL7 version '3.0'");
    assertThat(rejected(records.get(3)).reason()).startsWith("Segment 3 has no 3-letter segment name: 'ob|1|");
    assertThat(rejected(records.get(4)).reason()).startsWith("MSH-10 (message control id) is empty");
    SourceRecord.Accepted scheduling = accepted(records.get(5));
    assertThat(scheduling.key()).isEqualTo("MSG0005");
    assertThat(scheduling.facts()).isEmpty();
    assertThat(scheduling.unmodeled()).hasSize(1);
    assertThat(scheduling.unmodeled().get(0).type()).isEqualTo("HL7v2:SIU^S12");
    assertThat(scheduling.unmodeled().get(0).json()).contains("SCH|1234|1234|||||Checkup");
    assertThat(rejected(records.get(6)).reason()).isEqualTo("OBX-5 of segment 4 is 'abc' but OBX-2 says NM (numeric).");
    assertThat(rejected(records.get(7)).reason()).startsWith("Segment 1 (MSH) has no field separator");
    assertThat(accepted(records.get(8)).key()).isEqualTo("MSG0002");
    QuarantineEntry versionEntry = rejected(records.get(2));
    assertThat(new String(versionEntry.raw(), StandardCharsets.UTF_8)).isEqualTo(wrongVersion.substring(0, wrongVersion.length() - 1));
    assertThat(versionEntry.source()).isEqualTo("lab-c");
  }

  @Test
  void rereading_givesTheSameKeysAndHashes() throws IOException {
    Hl7v2Reader reader = new Hl7v2Reader(DESCRIPTOR);
    List<SourceRecord> first = read(reader, ORU + "\n" + ADT);
    List<SourceRecord> second = read(reader, ORU + "\n" + ADT);

    assertThat(second).extracting(r -> accepted(r).key()).containsExactly("MSG0001", "MSG0002");
    assertThat(second).extracting(r -> accepted(r).contentHash())
        .isEqualTo(first.stream().map(r -> accepted(r).contentHash()).toList());
  }

  @Test
  void aMessageWithoutPid_isQuarantined() throws IOException {
    String noPid = message(
        "MSH|^~\\&|LABSYS|LAB|MEDTWIN|HOSP|20190215080000||ORU^R01^ORU_R01|MSG0007|P|2.5",
        "OBR|1|ORD1|FIL1|24323-8^Panel^LN",
        "OBX|1|NM|2345-7^Glucose^LN||99|mg/dL");

    assertThat(rejected(read(new Hl7v2Reader(DESCRIPTOR), noPid).get(0)).reason()).contains("no PID segment");
  }

  @Test
  void accepts_hl7Files() {
    Hl7v2Reader reader = new Hl7v2Reader(DESCRIPTOR);
    assertThat(reader.accepts(new SourceFile("lab-c", dir, dir.resolve("hl7/feed-2019.HL7")))).isTrue();
    assertThat(reader.accepts(new SourceFile("lab-c", dir, dir.resolve("feed.csv")))).isFalse();
    assertThat(CodeSystem.canonical("LN")).isEqualTo(CodeSystem.LOINC);
  }

  @Test
  void aMessageWithBytesThatAreNotUtf8_isQuarantined_andTheNextStillLoads() throws IOException {
    Path file = dir.resolve("feed.hl7");
    byte[] latin1 = ORU.replace("Smith", "M\u00fcller").getBytes(StandardCharsets.ISO_8859_1);
    byte[] next = ("\n" + ADT).getBytes(StandardCharsets.UTF_8);
    byte[] content = java.util.Arrays.copyOf(latin1, latin1.length + next.length);
    System.arraycopy(next, 0, content, latin1.length, next.length);
    Files.write(file, content);
    List<SourceRecord> records = new ArrayList<>();
    new Hl7v2Reader(DESCRIPTOR).read(new SourceFile("lab-c", dir, file), records::add);

    assertThat(records).hasSize(2);
    assertThat(rejected(records.get(0)).reason()).contains("not valid UTF-8").contains("MSH-18");
    assertThat(accepted(records.get(1)).key()).isEqualTo("MSG0002");
  }

  @Test
  void latin1Messages_thatSaySoInMsh18_areRead() throws IOException {
    String declared = ORU.replace("Smith", "M\u00fcller").replace("|P|2.5.1", "|P|2.5.1|||||8859/1");
    Path file = dir.resolve("feed.hl7");
    Files.write(file, declared.getBytes(StandardCharsets.ISO_8859_1));
    List<SourceRecord> records = new ArrayList<>();
    new Hl7v2Reader(DESCRIPTOR).read(new SourceFile("lab-c", dir, file), records::add);

    Patient patient = (Patient) accepted(records.get(0)).facts().get(0);
    assertThat(patient.names().get(0).family()).isEqualTo("M\u00fcller");
  }

  @Test
  void aMessageOverTheLimit_isQuarantinedWithItsBeginning() throws IOException {
    Hl7v2Reader reader = new Hl7v2Reader(DESCRIPTOR, ConceptMap.empty(), ZoneId.of("UTC"), 200);
    String big = ORU.replace("MSG0001", "MSG0008");

    List<SourceRecord> records = read(reader, ADT + "\n" + big + "\n" + ADT.replace("MSG0002", "MSG0009"));

    assertThat(records).hasSize(3);
    QuarantineEntry entry = rejected(records.get(1));
    assertThat(entry.reason()).contains("over the limit of 200 bytes");
    assertThat(entry.raw()).hasSize(200);
    assertThat(entry.rawLength()).isEqualTo(big.length() - 1);
    assertThat(accepted(records.get(2)).key()).isEqualTo("MSG0009");
  }
}
