package org.medtwin.fusion.source.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.source.ContentHash;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.UnmappedCode;

class SyntheaCsvReaderTest {

  static final String LAB = "urn:medtwin:hospital-b:lab";
  static final SourceDescriptor DESCRIPTOR =
      new SourceDescriptor("hospital-b", "synthea-csv", "concept-map.csv", null, LAB, List.of("laboratory"));

  private static Path folder;
  private static SyntheaCsvReader reader;

  @BeforeAll
  static void setUp() throws IOException, URISyntaxException {
    folder = Path.of(SyntheaCsvReaderTest.class.getResource("/csv/synthea").toURI());
    reader = SyntheaCsvReader.forSource(DESCRIPTOR, folder);
  }

  static List<SourceRecord> read(SyntheaCsvReader reader, Path root, String name) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    reader.read(new SourceFile("hospital-b", root, root.resolve(name)), records::add);
    return records;
  }

  static SourceRecord.Accepted accepted(SourceRecord record) {
    assertThat(record).isInstanceOf(SourceRecord.Accepted.class);
    return (SourceRecord.Accepted) record;
  }

  @Test
  void patients_mapEveryColumnTheModelHas() throws IOException {
    List<SourceRecord> records = read(reader, folder, "patients.csv");

    assertThat(records).hasSize(2);
    SourceRecord.Accepted first = accepted(records.get(0));
    assertThat(first.key()).isEqualTo("patients.csv#p-1");
    assertThat(first.location()).isEqualTo("line 2");
    assertThat(first.file()).isEqualTo("patients.csv");
    Patient anna = (Patient) first.facts().get(0);
    assertThat(anna)
        .isEqualTo(
            new Patient(
                "p-1",
                List.of(
                    new Identifier("https://github.com/synthetichealth/synthea", "p-1", "MR"),
                    new Identifier("http://hl7.org/fhir/sid/us-ssn", "999-12-3456", "SS"),
                    new Identifier("urn:oid:2.16.840.1.113883.4.3.25", "S99912345", "DL"),
                    new Identifier("http://hl7.org/fhir/sid/passport-USA", "X12345678X", "PPN")),
                List.of(
                    new HumanName("official", "Smith", List.of("Anna", "Marie"), List.of("Mrs.")),
                    new HumanName("maiden", "Jones", List.of("Anna", "Marie"), List.of("Mrs."))),
                LocalDate.of(1970, 1, 1),
                Sex.FEMALE,
                List.of(new Address(List.of("12 Main St, Apt 4"), "Boston", "Massachusetts", "02108", "US")),
                List.of(),
                null,
                Provenance.fromSource("hospital-b", "p-1")));
    Patient bob = (Patient) accepted(records.get(1)).facts().get(0);
    assertThat(bob.deceased()).isEqualTo(Instant.parse("2020-03-01T00:00:00Z"));
    assertThat(bob.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void observations_translateLocalLabCodes_andKeepTheOriginals() throws IOException {
    List<SourceRecord> records = read(reader, folder, "observations.csv");

    assertThat(records).hasSize(6).allMatch(r -> r instanceof SourceRecord.Accepted);
    Observation height = (Observation) accepted(records.get(0)).facts().get(0);
    assertThat(height.code()).isEqualTo(Coding.loinc("8302-2", "Body Height"));
    assertThat(height.value()).isEqualTo(new ObservationValue.Numeric(Quantity.of("170.2", "cm")));
    assertThat(height.sourceCode()).isNull();
    assertThat(height.effective()).isEqualTo(Instant.parse("2019-02-15T06:04:33Z"));
    assertThat(height.category()).isEqualTo("vital-signs");
    assertThat(height.status()).isEqualTo("final");
    assertThat(height.encounterId()).isEqualTo("e-1");

    SourceRecord.Accepted glucose = accepted(records.get(1));
    Observation translated = (Observation) glucose.facts().get(0);
    assertThat(translated.code()).isEqualTo(new Coding(CodeSystem.LOINC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma"));
    assertThat(translated.value()).isEqualTo(new ObservationValue.Numeric(new Quantity(new BigDecimal("99.09"), "mg/dL")));
    assertThat(translated.sourceCode()).isEqualTo(new Coding(LAB, "GLU", "Glucose"));
    assertThat(translated.sourceValue()).isEqualTo(new ObservationValue.Numeric(Quantity.of("5.50", "mmol/L")));
    assertThat(glucose.unmapped()).isEmpty();
    assertThat(translated.id()).isEqualTo(glucose.key());
    assertThat(glucose.key()).startsWith("observations.csv#").endsWith("#1");

    SourceRecord.Accepted wrongUnit = accepted(records.get(2));
    assertThat(((Observation) wrongUnit.facts().get(0)).code()).isEqualTo(new Coding(LAB, "GLU", "Glucose"));
    assertThat(wrongUnit.unmapped()).containsExactly(new UnmappedCode("hospital-b", LAB, "GLU", "mg/dL"));

    SourceRecord.Accepted unknown = accepted(records.get(3));
    assertThat(unknown.unmapped()).containsExactly(new UnmappedCode("hospital-b", LAB, "XYZ", "U/L"));

    Observation smoking = (Observation) accepted(records.get(4)).facts().get(0);
    assertThat(smoking.value()).isEqualTo(new ObservationValue.Text("Never smoked tobacco (finding)"));
    assertThat(smoking.code().system()).isEqualTo(CodeSystem.LOINC);

    Observation culture = (Observation) accepted(records.get(5)).facts().get(0);
    assertThat(culture.code().code()).isEqualTo("600-7");
    assertThat(culture.sourceCode()).isEqualTo(new Coding(LAB, "B-CULT", "Bacteria identified in Blood by Culture"));
    assertThat(culture.value()).isEqualTo(new ObservationValue.Text("No growth"));
  }

  @Test
  void encountersConditionsMedicationsImmunizationsAllergies_mapToTheirRecords() throws IOException {
    Encounter visit = (Encounter) accepted(read(reader, folder, "encounters.csv").get(0)).facts().get(0);
    assertThat(visit)
        .isEqualTo(
            new Encounter("e-1", "p-1", "finished", "AMB", Coding.snomed("410620009", "Well child visit (procedure)"),
                Instant.parse("2019-02-15T06:04:33Z"), Instant.parse("2019-02-15T06:19:33Z"), null,
                Provenance.fromSource("hospital-b", "e-1")));
    Encounter er = (Encounter) accepted(read(reader, folder, "encounters.csv").get(1)).facts().get(0);
    assertThat(er.encounterClass()).isEqualTo("EMER");
    assertThat(er.status()).isEqualTo("in-progress");
    assertThat(er.reason()).isEqualTo(Coding.snomed("10509002", "Acute bronchitis (disorder)"));

    List<SourceRecord> conditions = read(reader, folder, "conditions.csv");
    Condition diabetes = (Condition) accepted(conditions.get(0)).facts().get(0);
    assertThat(diabetes.code()).isEqualTo(Coding.snomed("44054006", "Diabetes mellitus type 2 (disorder)"));
    assertThat(diabetes.clinicalStatus()).isEqualTo("active");
    assertThat(diabetes.onset()).isEqualTo(Instant.parse("2019-02-15T00:00:00Z"));
    Condition bronchitis = (Condition) accepted(conditions.get(1)).facts().get(0);
    assertThat(bronchitis.code().system()).isEqualTo(CodeSystem.SNOMED_CT);
    assertThat(bronchitis.clinicalStatus()).isEqualTo("resolved");
    assertThat(bronchitis.abatement()).isEqualTo(Instant.parse("2020-01-20T00:00:00Z"));

    MedicationRequest metformin = (MedicationRequest) accepted(read(reader, folder, "medications.csv").get(0)).facts().get(0);
    assertThat(metformin.medication().system()).isEqualTo(CodeSystem.RXNORM);
    assertThat(metformin.medication().code()).isEqualTo("860975");
    assertThat(metformin.status()).isEqualTo("active");
    assertThat(metformin.reason()).isEqualTo(Coding.snomed("44054006", "Diabetes mellitus type 2 (disorder)"));

    Immunization flu = (Immunization) accepted(read(reader, folder, "immunizations.csv").get(0)).facts().get(0);
    assertThat(flu.vaccine()).isEqualTo(new Coding(CodeSystem.CVX, "140", "Influenza  seasonal  injectable  preservative free"));
    assertThat(flu.occurrence()).isEqualTo(Instant.parse("2019-02-15T06:04:33Z"));

    AllergyIntolerance latex = (AllergyIntolerance) accepted(read(reader, folder, "allergies.csv").get(0)).facts().get(0);
    assertThat(latex.code()).isEqualTo(Coding.snomed("300916003", "Latex (substance)"));
    assertThat(latex.type()).isEqualTo("allergy");
    assertThat(latex.category()).isEqualTo("environment");
    assertThat(latex.reactions()).containsExactly(Coding.snomed("247472004", "Wheal (finding)"));
  }

  @Test
  void imagingRows_sharingAStudyId_getDistinctKeys() throws IOException {
    List<SourceRecord> records = read(reader, folder, "imaging_studies.csv");

    assertThat(records).extracting(r -> accepted(r).key())
        .containsExactly("imaging_studies.csv#img-1", "imaging_studies.csv#img-1#2");
    ImagingStudy study = (ImagingStudy) accepted(records.get(0)).facts().get(0);
    assertThat(study.modalities()).containsExactly(new Coding(CodeSystem.DICOM_DCM, "CR", "Computed Radiography"));
    assertThat(study.procedure()).isEqualTo(Coding.snomed("399208008", null));
  }

  @Test
  void administrativeFiles_areKeptAsUnmodeledRows() throws IOException {
    SourceRecord.Accepted org = accepted(read(reader, folder, "organizations.csv").get(0));
    assertThat(org.key()).isEqualTo("organizations.csv#org-1");
    assertThat(org.facts()).isEmpty();
    assertThat(org.unmodeled()).hasSize(1);
    assertThat(org.unmodeled().get(0).type()).isEqualTo("organizations");
    assertThat(org.unmodeled().get(0).id()).isEqualTo("org-1");
    assertThat(org.unmodeled().get(0).json()).startsWith("{\"Id\":\"org-1\",\"NAME\":\"General Hospital\"");

    SourceRecord.Accepted transition = accepted(read(reader, folder, "payer_transitions.csv").get(0));
    assertThat(transition.key()).startsWith("payer_transitions.csv#").endsWith("#1");
    assertThat(transition.unmodeled().get(0).patientId()).isEqualTo("p-1");
  }

  @Test
  void rereading_givesTheSameKeysAndHashes() throws IOException {
    List<SourceRecord> first = read(reader, folder, "observations.csv");
    List<SourceRecord> second = read(reader, folder, "observations.csv");

    assertThat(second).extracting(r -> accepted(r).key()).isEqualTo(first.stream().map(r -> accepted(r).key()).toList());
    assertThat(second).extracting(r -> accepted(r).contentHash())
        .isEqualTo(first.stream().map(r -> accepted(r).contentHash()).toList());
    assertThat(accepted(first.get(0)).contentHash())
        .isEqualTo(ContentHash.of("2019-02-15T06:04:33Z,p-1,e-1,vital-signs,8302-2,Body Height,170.2,cm,numeric"));
  }

  @Test
  void accepts_onlySyntheaFileNames() {
    assertThat(reader.accepts(new SourceFile("s", folder, folder.resolve("observations.csv")))).isTrue();
    assertThat(reader.accepts(new SourceFile("s", folder, folder.resolve("claims_transactions.csv")))).isTrue();
    assertThat(reader.accepts(new SourceFile("s", folder, folder.resolve("concept-map.csv")))).isFalse();
    assertThat(reader.accepts(new SourceFile("s", folder, folder.resolve("patients.json")))).isFalse();
  }
}
