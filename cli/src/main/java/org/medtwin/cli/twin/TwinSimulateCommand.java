package org.medtwin.cli.twin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.pharma.pkpd.library.LibraryException;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.store.PatientStore;
import org.medtwin.twin.engine.ModelCatalog;
import org.medtwin.twin.engine.TwinException;
import org.medtwin.twin.engine.TwinJson;
import org.medtwin.twin.engine.TwinVersion;
import org.medtwin.twin.engine.TwinVersions;
import org.medtwin.twin.ranking.CandidateFile;
import org.medtwin.twin.ranking.Formulary;
import org.medtwin.twin.ranking.FormularyException;
import org.medtwin.twin.ranking.RankedCandidate;
import org.medtwin.twin.ranking.RankingSettings;
import org.medtwin.twin.ranking.TreatmentRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin twin simulate --patient ID --candidates FILE}: ranks candidate treatments on the twin. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {
      "Simulates candidate treatments (CSV drug,route,dose_mg,interval_h,infusion_h) on the patient's twin and"
          + " ranks them: efficacy = share of virtual patients on the formulary's exposure target,"
          + " risk = share with toxic exposure plus interactions and contraindications.",
      "Pareto-front candidates are marked *; excluded candidates are listed with every reason."
    })
public final class TwinSimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient.")
  String patient;

  @Option(names = "--candidates", required = true, paramLabel = "FILE", description = "The candidate regimens.")
  Path candidates;

  @Option(names = "--version", paramLabel = "BRANCH@N",
      description = "Simulate on this twin version (e.g. a fork) instead of the up-to-date real twin.")
  String version;

  @Option(names = "--draws", defaultValue = "200", description = "Virtual patients per drug (default ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the virtual patients (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the ranking as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    CandidateFile.Contents contents = readCandidates();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    contents.problems().forEach(problem -> err.println("medtwin: skipped " + problem));
    if (contents.candidates().isEmpty()) {
      throw new CliException(candidates + " has no usable candidate.");
    }
    try (PatientStore patientStore = store.open()) {
      TwinVersions versions = new TwinVersions(patientStore, ModelCatalog.shipped(), Clock.systemUTC());
      TwinVersion twin = version == null
          ? versions.update(patient, "twin-simulate-" + UUID.randomUUID())
          : TwinVersionArgument.find(versions, patient, version);
      List<RankedCandidate> ranked = new TreatmentRanker(Formulary.shipped(), ModelLibrary.shipped(),
          new RankingSettings(draws, seed)).rank(twin.twin(), contents.candidates());
      if (json) {
        out.println(TwinJson.pretty(java.util.Map.of("patient", patient, "twinVersion", twin.label(),
            "draws", draws, "seed", seed, "candidates", ranked)));
      } else {
        print(twin, ranked, out);
      }
      out.flush();
      err.flush();
      return 0;
    } catch (TwinException | FormularyException | IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    } catch (LibraryException e) {
      throw new CliException("The pharmacology model library could not be loaded: " + e.getMessage());
    }
  }

  private CandidateFile.Contents readCandidates() throws IOException {
    try (BufferedReader in = Files.newBufferedReader(candidates, StandardCharsets.UTF_8)) {
      return CandidateFile.read(in, candidates.getFileName().toString());
    } catch (NoSuchFileException e) {
      throw new CliException("No such file: " + e.getFile());
    } catch (FormularyException e) {
      throw new CliException(e.getMessage());
    }
  }

  private void print(TwinVersion twin, List<RankedCandidate> ranked, PrintWriter out) {
    out.printf("Twin %s %s: %d candidates, %d virtual patients per drug (seed %d)%n", patient, twin.label(),
        ranked.size(), draws, seed);
    out.printf("%5s  %-44s %9s %7s %6s  %s%n", "rank", "candidate", "on target", "toxic", "risk", "why");
    for (RankedCandidate r : ranked) {
      if (r.excluded()) {
        continue;
      }
      out.printf(Locale.ROOT, "%4d%s  %-44s %8.0f%% %6.0f%% %6.2f  %s%n", r.rank(), r.paretoFront() ? "*" : " ",
          r.candidate().describe(), 100 * r.efficacy(), 100 * r.toxicity(), r.risk(), r.reason());
      r.warnings().forEach(w -> out.println("         warning: " + w));
    }
    long excluded = ranked.stream().filter(RankedCandidate::excluded).count();
    if (excluded > 0) {
      out.println("Excluded (" + excluded + "):");
      for (RankedCandidate r : ranked) {
        if (r.excluded()) {
          out.printf("  %s (%s)%n", r.candidate().describe(), r.candidate().id());
          r.exclusions().forEach(e -> out.println("    - " + e));
        }
      }
    }
  }
}
