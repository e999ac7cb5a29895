package org.medtwin.cli.persons;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.store.PatientStore;
import org.medtwin.store.person.PersonIndexTables;
import org.medtwin.store.person.PersonLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin persons export --out FILE}: the person of every ingested patient record as CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes source,source_record_id,person_id for every patient record in the store, sorted",
      "by source and record id; source_record_id is the source's patient id."
    })
public final class PersonsExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<PersonLink> links;
    long patients;
    try (PatientStore patientStore = store.open()) {
      links = new PersonIndexTables(patientStore).links();
      patients = patientStore.count("patient");
    }
    if (links.size() < patients) {
      throw new CliException((patients - links.size()) + " of " + patients + " patient records"
          + " in " + store.location().redacted() + " are not linked yet. Run 'medtwin link' first.");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write("source,source_record_id,person_id\n");
      for (PersonLink link : links) {
        writer.write(csv(link.source()) + "," + csv(link.recordId()) + "," + link.personId() + "\n");
      }
    }
    spec.commandLine().getOut().printf("Wrote %,d records of %,d persons to %s%n", links.size(),
        links.stream().map(PersonLink::personId).distinct().count(), out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** A CSV field, quoted only when it must be. */
  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
