package org.medtwin.cli.twin;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.store.PatientStore;
import org.medtwin.twin.engine.ModelCatalog;
import org.medtwin.twin.engine.ScenarioChange;
import org.medtwin.twin.engine.TwinDiff;
import org.medtwin.twin.engine.TwinException;
import org.medtwin.twin.engine.TwinVersion;
import org.medtwin.twin.engine.TwinVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin twin fork}: tries a scenario on a copy of the twin; the real one is not touched. */
@Command(name = "fork", mixinStandardHelpOptions = true,
    description = "Forks a twin version to try a scenario (start or stop drugs, suppose a measurement).")
public final class TwinForkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient.")
  String patient;

  @Option(names = "--from", defaultValue = "main", paramLabel = "BRANCH@N",
      description = "The version to fork (default: the latest of ${DEFAULT-VALUE}).")
  String from;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The fork's name, e.g. try-gentamicin.")
  String name;

  @Option(names = "--start", paramLabel = "RXNORM:NAME[:DOSAGE]", description = "Start a medication.")
  List<String> start = new ArrayList<>();

  @Option(names = "--stop", paramLabel = "CODE_OR_NAME", description = "Stop a current medication.")
  List<String> stop = new ArrayList<>();

  @Option(names = "--set", paramLabel = "LOINC:NAME:VALUE:UNIT", description = "Suppose a measurement, e.g. 2160-0:Creatinine:2.0:mg/dL.")
  List<String> set = new ArrayList<>();

  @Override
  public Integer call() {
    List<ScenarioChange> changes = changes();
    if (changes.isEmpty()) {
      throw new CliException("A fork needs at least one --start, --stop or --set.");
    }
    try (PatientStore patientStore = store.open()) {
      TwinVersions versions = new TwinVersions(patientStore, ModelCatalog.shipped(), Clock.systemUTC());
      TwinVersion base = TwinVersionArgument.find(versions, patient, from);
      TwinVersion fork = versions.fork(base, name, changes, "twin-fork-" + UUID.randomUUID());
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Forked %s into %s; the real twin is unchanged.%n", base.label(), fork.label());
      TwinDiff.between(base.twin(), fork.twin()).forEach(d -> out.println("  " + d.line()));
      out.flush();
      return 0;
    } catch (TwinException e) {
      throw new CliException(e.getMessage());
    }
  }

  private List<ScenarioChange> changes() {
    List<ScenarioChange> changes = new ArrayList<>();
    for (String text : start) {
      String[] parts = text.split(":", 3);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new CliException("--start '" + text + "' is not RXNORM:NAME[:DOSAGE]. Maybe 4413:gentamicin:5 mg/kg q24h?");
      }
      changes.add(new ScenarioChange.StartMedication("http://www.nlm.nih.gov/research/umls/rxnorm", parts[0].trim(),
          parts[1].trim(), parts.length > 2 ? parts[2].trim() : null));
    }
    for (String text : stop) {
      changes.add(new ScenarioChange.StopMedication(text.trim()));
    }
    for (String text : set) {
      String[] parts = text.split(":", 4);
      double value;
      try {
        value = parts.length == 4 ? Double.parseDouble(parts[2].trim()) : Double.NaN;
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (parts.length != 4 || !Double.isFinite(value)) {
        throw new CliException("--set '" + text + "' is not LOINC:NAME:VALUE:UNIT. Maybe 2160-0:Creatinine:2.0:mg/dL?");
      }
      changes.add(new ScenarioChange.SetMeasurement(parts[0].trim(), parts[1].trim(), value, parts[3].trim()));
    }
    return changes;
  }
}
