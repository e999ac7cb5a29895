package org.medtwin.cli.twin;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.store.PatientStore;
import org.medtwin.twin.engine.ModelCatalog;
import org.medtwin.twin.engine.TwinException;
import org.medtwin.twin.engine.TwinJson;
import org.medtwin.twin.engine.TwinVersion;
import org.medtwin.twin.engine.TwinVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin twin show --patient ID}: the patient's twin, brought up to date with the store first. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a patient's twin. Without --version it first brings the twin up to date with the store:",
      "if facts were added or changed since the last version, a new version is recorded."
    })
public final class TwinShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patient", required = true, paramLabel = "ID",
      description = "A person id (linked records) or a source patient id.")
  String patient;

  @Option(names = "--version", paramLabel = "BRANCH@N", description = "Show this stored version, e.g. main@1 or try-x@1.")
  String version;

  @Option(names = "--json", description = "Print the version as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (PatientStore patientStore = store.open()) {
      TwinVersions versions = new TwinVersions(patientStore, ModelCatalog.shipped(), Clock.systemUTC());
      TwinVersion shown = version == null
          ? versions.update(patient, "twin-show-" + UUID.randomUUID())
          : TwinVersionArgument.find(versions, patient, version);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(TwinJson.pretty(shown));
      } else {
        TwinPrinter.print(shown, out);
      }
      out.flush();
      return 0;
    } catch (TwinException e) {
      throw new CliException(e.getMessage());
    }
  }
}
