package org.medtwin.cli.twin;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.store.PatientStore;
import org.medtwin.twin.engine.ModelCatalog;
import org.medtwin.twin.engine.TwinDiff;
import org.medtwin.twin.engine.TwinDifference;
import org.medtwin.twin.engine.TwinException;
import org.medtwin.twin.engine.TwinJson;
import org.medtwin.twin.engine.TwinVersion;
import org.medtwin.twin.engine.TwinVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin twin compare --patient ID A B}: what differs between two twin versions. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Lists what was added (+), removed (-) or changed (~) from version A to version B.")
public final class TwinCompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient.")
  String patient;

  @Parameters(index = "0", paramLabel = "A", description = "A version, BRANCH@N or BRANCH for its latest.")
  String first;

  @Parameters(index = "1", paramLabel = "B", description = "Another version.")
  String second;

  @Option(names = "--json", description = "Print the differences as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (PatientStore patientStore = store.open()) {
      TwinVersions versions = new TwinVersions(patientStore, ModelCatalog.shipped(), Clock.systemUTC());
      TwinVersion a = TwinVersionArgument.find(versions, patient, first);
      TwinVersion b = TwinVersionArgument.find(versions, patient, second);
      List<TwinDifference> differences = TwinDiff.between(a.twin(), b.twin());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(TwinJson.pretty(differences));
      } else {
        out.printf("%s -> %s: %d difference(s)%n", a.label(), b.label(), differences.size());
        differences.forEach(d -> out.println("  " + d.line()));
      }
      out.flush();
      return 0;
    } catch (TwinException e) {
      throw new CliException(e.getMessage());
    }
  }
}
