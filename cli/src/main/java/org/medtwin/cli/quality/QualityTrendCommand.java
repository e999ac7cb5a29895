package org.medtwin.cli.quality;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.RunSummary;
import org.medtwin.fusion.quality.check.Category;
import org.medtwin.fusion.quality.run.QualityHistory;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin quality trend}: the earlier quality runs of the store, oldest first. */
@Command(name = "trend", mixinStandardHelpOptions = true,
    description = "Lists the store's quality runs, oldest first, with failures per category.")
public final class QualityTrendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
      description = "How many of the latest runs to show (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() {
    if (runs < 1 || runs > 10_000) {
      throw new CliException("--runs must be in [1, 10000], got " + runs + ".");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PatientStore patientStore = store.open()) {
      List<RunSummary> trend = new QualityHistory(patientStore.connection()).trend(runs);
      if (trend.isEmpty()) {
        out.println("No quality runs yet. Run: medtwin quality");
        out.flush();
        return 0;
      }
      out.printf("%-36s  %-20s  %7s  %6s  %7s  %11s  %12s  %12s%n", "run", "finished (UTC)", "judged", "failed",
          "passed%", "conformance", "completeness", "plausibility");
      for (RunSummary run : trend) {
        out.printf(Locale.ROOT, "%-36s  %-20s  %7d  %6d  %7.1f  %11d  %12d  %12d%n", run.runId(),
            run.finishedAt().toString().replace('T', ' ').replaceFirst("\\.\\d+", "").replace("Z", ""),
            run.results(), run.failed(), run.passPercent(), failed(run, Category.CONFORMANCE),
            failed(run, Category.COMPLETENESS), failed(run, Category.PLAUSIBILITY));
      }
      out.flush();
      return 0;
    } catch (QualityException e) {
      throw new CliException(e.getMessage());
    }
  }

  private static long failed(RunSummary run, Category category) {
    return run.failedByCategory().getOrDefault(category.label(), 0L);
  }
}
