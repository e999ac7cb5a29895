package org.medtwin.fusion.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medtwin.fusion.source.csv.SyntheaCsvReaderTest.accepted;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.UnmappedCode;

class MappedCsvReaderTest {

  private static final String LAB = "urn:medtwin:hospital-d:lab";
  private static final SourceDescriptor DESCRIPTOR =
      new SourceDescriptor("hospital-d", "mapped-csv", "concept-map.csv", "mapping.json", LAB, List.of("laboratory"));

  private static Path folder;
  private static MappedCsvReader reader;

  @BeforeAll
  static void setUp() throws IOException, URISyntaxException {
    folder = Path.of(MappedCsvReaderTest.class.getResource("/csv/mapped").toURI());
    reader = MappedCsvReader.forSource(DESCRIPTOR, folder);
  }

  private static List<SourceRecord> read(String name) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    reader.read(new SourceFile("hospital-d", folder, folder.resolve(name)), records::add);
    return records;
  }

  @Test
  void patients_inASemicolonLayoutWithGermanDates() throws IOException {
    List<SourceRecord> records = read("patienten.csv");

    assertThat(records).hasSize(4);
    SourceRecord.Accepted anna = accepted(records.get(0));
    assertThat(anna.key()).isEqualTo("patienten.csv#P100");
    assertThat(anna.facts().get(0))
        .isEqualTo(
            new Patient(
                "P100",
                List.of(new Identifier("http://fhir.de/sid/gkv/kvid-10", "A123456789", null)),
                List.of(new HumanName("official", "Müller", List.of("Anna", "Lena"), List.of())),
                LocalDate.of(1970, 12, 31),
                Sex.FEMALE,
                List.of(new Address(List.of(), "Berlin", null, "10115", null)),
                List.of(),
                null,
                Provenance.fromSource("hospital-d", "P100")));
    SourceRecord.Rejected badSex = (SourceRecord.Rejected) records.get(1);
    assertThat(badSex.entry().reason()).startsWith("Column Geschlecht: 'x' is not a sex code");
    assertThat(badSex.entry().location()).isEqualTo("line 3");
    SourceRecord.Rejected badDate = (SourceRecord.Rejected) records.get(2);
    assertThat(badDate.entry().reason())
        .isEqualTo("Column Geburtsdatum has '1970-01-01', which is not a date in the format dd.MM.yyyy.");
    SourceRecord.Rejected impossibleDay = (SourceRecord.Rejected) records.get(3);
    assertThat(impossibleDay.entry().reason()).startsWith("Column Geburtsdatum has '31.02.1970'");
  }

  @Test
  void observations_withDecimalCommaAndLocalCodes_areStandardized() throws IOException {
    List<SourceRecord> records = read("laborwerte.csv");

    SourceRecord.Accepted glucose = accepted(records.get(0));
    assertThat(glucose.key()).startsWith("laborwerte.csv#").endsWith("#1");
    Observation observation = (Observation) glucose.facts().get(0);
    assertThat(observation.code()).isEqualTo(Coding.loinc("2345-7", "Glucose [Mass/volume] in Serum or Plasma"));
    assertThat(observation.value()).isEqualTo(new ObservationValue.Numeric(new Quantity(new BigDecimal("99.09"), "mg/dL")));
    assertThat(observation.sourceValue()).isEqualTo(new ObservationValue.Numeric(Quantity.of("5.50", "mmol/L")));
    assertThat(observation.sourceCode()).isEqualTo(new Coding(LAB, "GLU", "Glukose"));
    assertThat(observation.effective()).isEqualTo(Instant.parse("2019-02-15T06:15:00Z")); // 07:15 CET
    assertThat(observation.category()).isEqualTo("laboratory");
    assertThat(observation.status()).isEqualTo("final");

    SourceRecord.Accepted color = accepted(records.get(1));
    assertThat(((Observation) color.facts().get(0)).value()).isEqualTo(new ObservationValue.Text("gelb"));
    assertThat(color.unmapped()).containsExactly(new UnmappedCode("hospital-d", LAB, "UCOL", null));
  }

  @Test
  void conditions_withQuotedDelimiterAndCodeSystem() throws IOException {
    Condition diabetes = (Condition) accepted(read("diagnosen.csv").get(0)).facts().get(0);

    assertThat(diabetes.id()).isEqualTo("D1");
    assertThat(diabetes.code()).isEqualTo(new Coding(CodeSystem.ICD_10_CM, "E11.9", "Diabetes mellitus; Typ 2"));
    assertThat(diabetes.onset()).isEqualTo(Instant.parse("2019-02-14T23:00:00Z")); // midnight in Berlin
    assertThat(diabetes.clinicalStatus()).isEqualTo("active");
  }

  @Test
  void accepts_onlyFilesAPatternMatches() {
    assertThat(reader.accepts(new SourceFile("hospital-d", folder, folder.resolve("labor_2020.csv")))).isTrue();
    assertThat(reader.accepts(new SourceFile("hospital-d", folder, folder.resolve("rechnungen.csv")))).isFalse();
  }

  @Test
  void load_namesTheEntryAtFault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mapping.json");
    Files.writeString(file, "{\"files\": [{\"pattern\": \"*.csv\", \"type\": \"Observation\", \"columns\": {\"patient\": \"P\"}}]}");
    assertThatThrownBy(() -> CsvMapping.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("mapping.json: files[0].columns must map field 'code'");

    Files.writeString(file, "{\"files\": [{\"pattern\": \"*.csv\", \"type\": \"Claim\", \"columns\": {}}]}");
    assertThatThrownBy(() -> CsvMapping.load(file)).hasMessageContaining("files[0].type is 'Claim'");

    Files.writeString(file, "{\"files\": [{\"pattern\": \"*.csv\", \"type\": \"Patient\", \"columns\": {\"id\": \"A\", \"shoeSize\": \"B\"}}]}");
    assertThatThrownBy(() -> CsvMapping.load(file)).hasMessageContaining("field 'shoeSize'");
  }

  @Test
  void forSource_requiresAMappingFile() {
    SourceDescriptor none = new SourceDescriptor("x", "mapped-csv", null, null, null, null);
    assertThatThrownBy(() -> MappedCsvReader.forSource(none, folder)).hasMessageContaining("names no \"csvMapping\"");
  }
}
