package org.medtwin.cli.link;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.link.index.PersonIndex;
import org.medtwin.fusion.link.score.FieldWeight;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin link explain A B}: the per-field match weights of two records. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how the latest model weighs two records: the level each field reached and its",
      "weight in bits; the weights add up to the total, and prior + total give the probability."
    })
public final class LinkExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin LinkOptions options;

  @Parameters(index = "0", paramLabel = "SOURCE:ID", description = "The first record.")
  String first;

  @Parameters(index = "1", paramLabel = "SOURCE:ID", description = "The second record.")
  String second;

  @Override
  public Integer call() {
    RecordKey a = RecordArgument.parse(first);
    RecordKey b = RecordArgument.parse(second);
    MatchWeight weight;
    try (PatientStore patientStore = store.open()) {
      weight = new PersonIndex(patientStore, options.settings()).explain(a, b);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s:%s vs %s:%s%n", a.source(), a.recordId(), b.source(), b.recordId());
    out.printf("  %-28s %-24s %9s%n", "field", "level", "weight");
    for (FieldWeight part : weight.parts()) {
      out.printf("  %-28s %-24s %+9.3f%n", part.comparison(), shorten(part.level()), part.weight());
    }
    out.printf("  %-53s %+9.3f%n", "total (sum of the fields)", weight.weight());
    out.printf("  %-53s %+9.3f%n", "prior (log2 odds)", weight.priorWeight());
    out.printf("  match probability %.6f%n", weight.probability());
    out.flush();
    return 0;
  }

  private static String shorten(String level) {
    if (level == null) {
      return "";
    }
    return level.length() <= 24 ? level : level.substring(0, 23) + "…";
  }
}
