package org.medtwin.fusion.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medtwin.fusion.source.csv.SyntheaCsvReaderTest.accepted;
import static org.medtwin.fusion.source.csv.SyntheaCsvReaderTest.read;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.fusion.standardize.ConceptMap;
import org.medtwin.store.ingest.QuarantineEntry;

class SyntheaCsvBadInputTest {

  private static final String HEADER = "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE";
  private static final String GOOD = "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body Height,170.2,cm,numeric";

  @TempDir Path dir;

  private final SyntheaCsvReader reader =
      new SyntheaCsvReader(SyntheaCsvReaderTest.DESCRIPTOR, ConceptMap.empty());

  private List<SourceRecord> readBytes(String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
    return read(reader, dir, name);
  }

  private static QuarantineEntry rejected(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Rejected.class);
    return ((SourceRecord.Rejected) record).entry();
  }

  @Test
  void badRows_areQuarantinedWithAReasonNamingTheColumn_whileTheOthersComeThrough() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    String text = HEADER + "\n"
        + GOOD + "\n" // line 2
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body Height, standing,170.2,cm,numeric\n" // 3
        + "15.02.2019,p-1,e-1,vital-signs,8302-2,Body Height,170.2,cm,numeric\n" // 4
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body Height,tall,cm,numeric\n" // 5
        + "2019-02-15T06:04:33Z,,e-1,vital-signs,8302-2,Body Height,170.2,cm,numeric\n" // 6
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body He";
    file.write(text.getBytes(StandardCharsets.UTF_8));
    file.write(new byte[] {(byte) 0xE9}); // Latin-1 é: not UTF-8; line 7
    file.write(("ight,170.2,cm,numeric\n"
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,\"Body Height\nsecond line, with comma\",170.2,cm,numeric\n" // 8-9
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body Height,170.2,cm\n" // 10
        + GOOD.replace("170.2", "171.0") + "\n") // 11
        .getBytes(StandardCharsets.UTF_8));

    List<SourceRecord> records = readBytes("observations.csv", file.toByteArray());

    assertThat(records).hasSize(9);
    assertThat(accepted(records.get(0)).location()).isEqualTo("line 2");
    assertThat(rejected(records.get(1)).reason())
        .isEqualTo("Row has 10 columns but the header has 9. Maybe an unquoted comma in DESCRIPTION?");
    assertThat(rejected(records.get(1)).location()).isEqualTo("line 3");
    assertThat(rejected(records.get(2)).reason()).startsWith("Column DATE has '15.02.2019'");
    assertThat(rejected(records.get(3)).reason()).startsWith("Column VALUE has 'tall'");
    assertThat(rejected(records.get(4)).reason()).isEqualTo("Column PATIENT is empty but required.");
    QuarantineEntry latin1 = rejected(records.get(5));
    assertThat(latin1.reason()).contains("not valid UTF-8").contains("column DESCRIPTION");
    assertThat(latin1.location()).isEqualTo("line 7");
    assertThat(latin1.raw()[latin1.raw().length - "ight,170.2,cm,numeric".length() - 1]).isEqualTo((byte) 0xE9);
    SourceRecord.Accepted multiLine = accepted(records.get(6));
    assertThat(multiLine.location()).isEqualTo("line 8");
    assertThat(((Observation) multiLine.facts().get(0)).code().display()).isEqualTo("Body Height\nsecond line, with comma");
    assertThat(rejected(records.get(7)).reason()).startsWith("Row has 8 columns but the header has 9.");
    assertThat(rejected(records.get(7)).location()).isEqualTo("line 10");
    assertThat(accepted(records.get(8)).location()).isEqualTo("line 11");
    assertThat(rejected(records.get(1)).source()).isEqualTo("hospital-b");
    assertThat(rejected(records.get(1)).file()).isEqualTo("observations.csv");
  }

  @Test
  void byteOrderMarkAndCrlf_areHandled() throws IOException {
    String header = "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,"
        + "RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,"
        + "HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME";
    String bobRow = "p-2,1971-02-03,,,,,,Bob,,Brown,,,,,,M,,,,,,,,,,,,";
    String text = header + "\r\np-1,1970-01-01,,,,,,Anna,,Smith,,,,,,F,,,,,,,,,,,,\r\n" + bobRow + "\r\n";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] content = concat(bom, text.getBytes(StandardCharsets.UTF_8));

    List<SourceRecord> records = readBytes("patients.csv", content);

    assertThat(records).hasSize(2);
    assertThat(accepted(records.get(0)).key()).isEqualTo("patients.csv#p-1");
    Patient bob = (Patient) accepted(records.get(1)).facts().get(0);
    assertThat(bob.names().get(0).family()).isEqualTo("Brown");
    assertThat(bob.sex()).isEqualTo(org.medtwin.core.record.Sex.MALE);
    assertThat(accepted(records.get(1)).location()).isEqualTo("line 3");
    // CRLF is not part of the row, so the hash equals that of the same row with LF
    assertThat(accepted(records.get(1)).contentHash())
        .isEqualTo(org.medtwin.fusion.source.ContentHash.of(bobRow));
  }

  @Test
  void emptyFileAndHeaderOnlyFile_giveNoRecords() throws IOException {
    assertThat(readBytes("conditions.csv", new byte[0])).isEmpty();
    assertThat(readBytes("observations.csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void identicalRows_getDistinctKeysThatAreStableAcrossRereads() throws IOException {
    byte[] content = (HEADER + "\n" + GOOD + "\n" + GOOD + "\n" + GOOD.replace("170.2", "180") + "\n" + GOOD + "\n")
        .getBytes(StandardCharsets.UTF_8);

    List<SourceRecord> first = readBytes("observations.csv", content);
    List<SourceRecord> second = read(reader, dir, "observations.csv");

    String hash = org.medtwin.fusion.source.ContentHash.of(GOOD);
    assertThat(first).extracting(r -> accepted(r).key())
        .containsExactly(
            "observations.csv#" + hash + "#1",
            "observations.csv#" + hash + "#2",
            "observations.csv#" + org.medtwin.fusion.source.ContentHash.of(GOOD.replace("170.2", "180")) + "#1",
            "observations.csv#" + hash + "#3");
    assertThat(second).extracting(r -> accepted(r).key()).isEqualTo(first.stream().map(r -> accepted(r).key()).toList());
    assertThat(((Observation) accepted(first.get(1)).facts().get(0)).id()).isEqualTo("observations.csv#" + hash + "#2");
  }

  @Test
  void aHundredMegabyteLine_isQuarantinedWithoutHoldingIt() throws IOException {
    Path file = dir.resolve("observations.csv");
    long hugeLength = 100L * 1024 * 1024;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write((HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 16];
      Arrays.fill(chunk, (byte) 'x');
      for (long written = 0; written < hugeLength; written += chunk.length) {
        out.write(chunk);
      }
      out.write(("\n" + GOOD.replace("170.2", "175") + "\n").getBytes(StandardCharsets.UTF_8));
    }

    List<SourceRecord> records = read(reader, dir, "observations.csv");

    assertThat(records).hasSize(3);
    QuarantineEntry huge = rejected(records.get(1));
    assertThat(huge.location()).isEqualTo("line 3");
    assertThat(huge.rawLength()).isEqualTo(hugeLength);
    assertThat(huge.raw().length).isLessThanOrEqualTo(QuarantineEntry.MAX_RAW_BYTES);
    assertThat(huge.rawTruncated()).isTrue();
    assertThat(huge.reason()).contains("over the limit");
    assertThat(accepted(records.get(2)).location()).isEqualTo("line 4");
    assertThat(((Observation) accepted(records.get(2)).facts().get(0)).value())
        .isEqualTo(new ObservationValue.Numeric(org.medtwin.core.quantity.Quantity.of("175", "cm")));
  }

  @Test
  void aQuoteNeverClosed_isQuarantinedAtTheRowItOpens() throws IOException {
    byte[] content = (HEADER + "\n" + GOOD + "\n"
        + "2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,\"Body Height,170.2,cm,numeric\n" + GOOD + "\n")
        .getBytes(StandardCharsets.UTF_8);

    List<SourceRecord> records = readBytes("observations.csv", content);

    assertThat(records).hasSize(2);
    assertThat(rejected(records.get(1)).location()).isEqualTo("line 3");
    assertThat(rejected(records.get(1)).reason()).contains("never closed");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] result = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, result, a.length, b.length);
    return result;
  }
}
