package org.medtwin.generator.synthea;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.medtwin.generator.GeneratorSettings;
import org.medtwin.generator.Progress;
import org.mitre.synthea.engine.Generator;
import org.mitre.synthea.export.Exporter;
import org.mitre.synthea.helpers.Config;
import org.mitre.synthea.world.agents.Person;

/**
 * Runs Synthea in this JVM: one thread, a fixed reference time, FHIR R4 and CSV exports into a work folder.
 *
 * <p>Synthea keeps its configuration in a static {@link Config}; this class sets it once per run, which is
 * why the generator runs in its own child JVM.
 */
public record SyntheaSimulation(GeneratorSettings settings) {

  /**
   * Simulates the population and exports it to {@code workDir/fhir} and {@code workDir/csv}.
   *
   * @param workDir an empty folder for Synthea's exports
   * @param progress receives one {@code simulate} line per person; Synthea's own console chatter is dropped
   */
  public void run(Path workDir, Progress progress) {
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(PrintStream.nullOutputStream()));
    try {
      simulate(workDir, progress);
    } finally {
      System.setOut(stdout);
    }
  }

  private void simulate(Path workDir, Progress progress) {
    Config.set("exporter.baseDirectory", workDir.toAbsolutePath() + "/");
    Config.set("exporter.fhir.export", "true");
    Config.set("exporter.fhir.transaction_bundle", "true");
    Config.set("exporter.fhir.bulk_data", "false");
    Config.set("exporter.hospital.fhir.export", "true");
    Config.set("exporter.practitioner.fhir.export", "true");
    Config.set("exporter.csv.export", "true");
    Config.set("exporter.csv.append_mode", "false");
    Config.set("exporter.csv.folder_per_run", "false");
    Config.set("exporter.ccda.export", "false");
    Config.set("exporter.text.export", "false");
    Config.set("exporter.cpcds.export", "false");
    Config.set("exporter.bfd.export", "false");
    Config.set("exporter.json.export", "false");
    Config.set("exporter.clinical_note.export", "false");
    Config.set("exporter.symptoms.csv.export", "false");
    Config.set("exporter.metadata.export", "false");
    Config.set("exporter.use_uuid_filenames", "true");
    Config.set("exporter.years_of_history", Integer.toString(settings.yearsOfHistory()));
    Config.set("generate.thread_pool_size", "1");
    Config.set("generate.log_patients.detail", "none");
    Config.set("generate.append_numbers_to_person_names", "false");

    Generator.GeneratorOptions options = new Generator.GeneratorOptions();
    options.population = settings.patients();
    options.seed = settings.seed();
    options.clinicianSeed = settings.seed();
    options.threadPoolSize = 1;
    options.referenceTime = GeneratorSettings.REFERENCE_TIME.toEpochMilli();
    options.endTime = GeneratorSettings.REFERENCE_TIME.toEpochMilli();
    Exporter.ExporterRuntimeOptions exports = new Exporter.ExporterRuntimeOptions();
    exports.yearsOfHistory = settings.yearsOfHistory();

    AtomicInteger alive = new AtomicInteger();
    Generator generator = new Generator(options, exports) {
      // Synthea's population counts living persons; persons who die on the way are exported too but not counted.
      @Override
      public void recordPerson(Person person, int index) {
        super.recordPerson(person, index);
        if (person.alive(stop)) {
          progress.report(alive.incrementAndGet(), settings.patients(), "simulate");
        }
      }
    };
    generator.run();
  }
}
