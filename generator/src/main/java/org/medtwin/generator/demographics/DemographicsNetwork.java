package org.medtwin.generator.demographics;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.SplittableRandom;
import org.medtwin.generator.DerivedSeed;
import org.medtwin.generator.GeneratorSettings;
import org.medtwin.generator.NetworkLayout;
import org.medtwin.generator.Progress;
import org.medtwin.generator.noise.NoiseModel;
import org.medtwin.generator.source.csv.ConceptMapWriter;
import org.medtwin.generator.source.csv.LabCodeTable;
import org.medtwin.generator.source.csv.PatientsCsv;
import org.medtwin.generator.source.fhir.PatientResource;
import org.medtwin.generator.source.hl7.Hl7FileWriter;
import org.medtwin.generator.source.hl7.LabMessages;
import org.medtwin.generator.source.hl7.ReferenceRanges;
import org.medtwin.generator.truth.RecordIds;
import org.medtwin.generator.truth.Source;
import org.medtwin.generator.truth.SourceAssignment;
import org.medtwin.generator.truth.TruthWriter;

/**
 * Writes a demographics-only network: patient records only, streamed person by person so that millions
 * of persons fit in a small heap.
 */
public final class DemographicsNetwork {

  private static final int PROGRESS_EVERY = 10_000;
  private static final String MESSAGE_TIME = "20260101000000";

  private final GeneratorSettings settings;
  private final NoiseModel noise;
  private final PersonFactory persons;

  /**
   * Creates the writer.
   *
   * @param settings the run's settings
   * @param noise the noise model
   * @param persons where persons come from
   */
  public DemographicsNetwork(GeneratorSettings settings, NoiseModel noise, PersonFactory persons) {
    this.settings = settings;
    this.noise = noise;
    this.persons = persons;
  }

  /** The reference date of every demographics-only run. */
  public static LocalDate today() {
    return GeneratorSettings.REFERENCE_TIME.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * Generates and writes every person.
   *
   * @param layout the prepared output directory
   * @param progress where progress lines go
   * @throws IOException when a file cannot be written
   */
  public void write(NetworkLayout layout, Progress progress) throws IOException {
    SourceAssignment assignment = new SourceAssignment(settings.overlap());
    LabMessages messages = new LabMessages(ReferenceRanges.load());
    ObjectMapper json = new ObjectMapper();
    PatientsCsv patientsCsv = new PatientsCsv(PatientsCsv.HEADER);
    new ConceptMapWriter(LabCodeTable.load()).write(layout.conceptMapFile());
    try (BufferedWriter fhir = Files.newBufferedWriter(layout.fhirDir().resolve("Patient.ndjson"), StandardCharsets.UTF_8);
        BufferedWriter csv = Files.newBufferedWriter(layout.csvDir().resolve("patients.csv"), StandardCharsets.UTF_8);
        Hl7FileWriter hl7 = new Hl7FileWriter(layout.hl7Dir(), "adt");
        TruthWriter truth = new TruthWriter(layout.truthFile())) {
      csv.write(PatientsCsv.HEADER);
      csv.write('\n');
      int total = settings.patients();
      for (int i = 0; i < total; i++) {
        SplittableRandom random = new SplittableRandom(DerivedSeed.of(settings.seed(), i));
        Person person = persons.create(random);
        Set<Source> sources = assignment.assign(random);
        for (Source source : sources) {
          Identity copy = noise.apply(
              person.truth(), new SplittableRandom(DerivedSeed.of(settings.seed(), i, 1 + source.ordinal())));
          switch (source) {
            case HOSPITAL_A -> {
              fhir.write(json.writeValueAsString(PatientResource.create(person.id(), copy)));
              fhir.write('\n');
              truth.add(source, person.id(), person.id());
            }
            case HOSPITAL_B -> {
              String id = RecordIds.hospitalB(truth.count(source) + 1);
              csv.write(String.join(",", patientsCsv.newRow(id, copy)));
              csv.write('\n');
              truth.add(source, id, person.id());
            }
            case LAB -> {
              String id = RecordIds.lab(truth.count(source) + 1);
              hl7.write(messages.registration("LAB" + (hl7.messageCount() + 1), MESSAGE_TIME, id, copy));
              truth.add(source, id, person.id());
            }
          }
        }
        if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == total) {
          progress.report(i + 1, total, "generate");
        }
      }
    }
  }
}
