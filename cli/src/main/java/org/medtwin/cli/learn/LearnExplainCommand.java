package org.medtwin.cli.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.registry.ModelRegistry;
import org.medtwin.learn.registry.RegisteredModel;
import org.medtwin.learn.study.Contribution;
import org.medtwin.learn.study.PatientScore;
import org.medtwin.learn.study.PatientScorer;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin learn explain --patient ID}: a person's risk with its interval, explanation and model id. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Scores a linked person with a registered model and explains the risk in clinical words.")
public final class LearnExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--patient", required = true, paramLabel = "PERSON_ID", description = "The linked person id (P-...).")
  String patient;

  @Option(names = "--model", paramLabel = "ID", description = "The model id; default: the latest xgboost model of --study.")
  String modelId;

  @Option(names = "--study", defaultValue = "ascvd", description = "The study whose latest model to use (default: ${DEFAULT-VALUE}).")
  String study;

  @Option(names = "--at", paramLabel = "DATE", description = "Score at this date (default: the study's index date).")
  LocalDate at;

  @Option(names = "--top", defaultValue = "10", description = "How many contributions to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--json", description = "Print the score as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PatientScore score;
    try (PatientStore patientStore = store.open()) {
      ModelRegistry registry = new ModelRegistry(patientStore.connection());
      RegisteredModel model = (modelId != null ? registry.find(modelId) : registry.latest(study, "xgboost"))
          .orElseThrow(() -> new CliException("No model " + (modelId != null ? modelId : "of study " + study)
              + " in " + store.location().redacted() + ". Maybe train one with 'medtwin learn train --study " + study + "'?"));
      score = new PatientScorer(patientStore.connection()).score(model, patient, at, Math.max(1, top));
    }
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(score));
    } else {
      out.printf("Person %s at %s, model %s%n", score.personId(), score.indexDate(), score.modelId());
      out.printf("Risk %.1f%% (95%% interval %.1f%% to %.1f%%: %s)%n", 100 * score.risk(), 100 * score.low(), 100 * score.high(),
          score.intervalBasis());
      out.printf("Log-odds start at %.3f (average patient); what moved them:%n", score.baselineLogOdds());
      for (Contribution c : score.explanation()) {
        out.printf("  %+.3f  %s = %s%n", c.logOdds(), c.label(), c.value());
      }
    }
    out.flush();
    return 0;
  }
}
