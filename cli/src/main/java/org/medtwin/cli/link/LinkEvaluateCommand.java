package org.medtwin.cli.link;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.link.evaluate.TruthFile;
import org.medtwin.fusion.link.index.IndexEvaluation;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.PatientStore;
import org.medtwin.store.person.PersonIndexTables;
import org.medtwin.store.person.PersonLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin link evaluate --truth FILE}: scores the stored persons against a truth file. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the stored persons against a truth CSV source,source_record_id,person_id:",
      "pairwise precision, recall and F1 over all record pairs, and B-cubed precision and recall."
    })
public final class LinkEvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--truth", required = true, paramLabel = "FILE",
      description = "Truth CSV, such as truth/records.csv of a generated network.")
  Path truthFile;

  @Override
  public Integer call() throws IOException {
    Map<RecordKey, String> truth = TruthFile.read(truthFile);
    List<PersonLink> links;
    try (PatientStore patientStore = store.open()) {
      links = new PersonIndexTables(patientStore).links();
    }
    if (links.isEmpty()) {
      throw new CliException("Nothing is linked in " + store.location().redacted()
          + " yet. Run 'medtwin link' first.");
    }
    IndexEvaluation evaluation = IndexEvaluation.of(links, truth);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Records scored     %,d (%,d not in the truth, %,d in the truth but not linked)%n",
        evaluation.records(), evaluation.notInTruth(),
        truth.size() - (evaluation.records() - evaluation.notInTruth()));
    out.printf("Pairwise           precision %.4f  recall %.4f  F1 %.4f  (TP %,d, FP %,d, FN %,d)%n",
        evaluation.pairwise().precision(), evaluation.pairwise().recall(),
        evaluation.pairwise().f1(), evaluation.pairwise().truePositives(),
        evaluation.pairwise().falsePositives(), evaluation.pairwise().falseNegatives());
    out.printf("B-cubed            precision %.4f  recall %.4f%n",
        evaluation.bCubed().precision(), evaluation.bCubed().recall());
    out.flush();
    return 0;
  }
}
