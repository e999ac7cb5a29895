package org.medtwin.cli.learn;

import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.registry.ModelRegistry;
import org.medtwin.learn.registry.RegisteredModel;
import org.medtwin.learn.study.ModelReevaluation;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin learn evaluate --model ID}: re-evaluates a registered model and checks its stored metrics. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Re-evaluates a registered model on its test persons from the registry alone (cohort definition,",
        "split, feature set, booster) and says whether the metrics equal the stored ones. Exit 1 when they differ."})
public final class LearnEvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--model", required = true, paramLabel = "ID", description = "The model id (see 'medtwin learn models').")
  String modelId;

  @Override
  public Integer call() {
    ModelReevaluation.Outcome outcome;
    try (PatientStore patientStore = store.open()) {
      RegisteredModel model = new ModelRegistry(patientStore.connection()).find(modelId)
          .orElseThrow(() -> new CliException("No model " + modelId + " in " + store.location().redacted()
              + ". Maybe list them with 'medtwin learn models'?"));
      outcome = ModelReevaluation.run(patientStore.connection(), model);
    }
    var out = spec.commandLine().getOut();
    out.println(outcome.metricsJson());
    out.println(outcome.identical()
        ? "Re-evaluated on " + outcome.testPersons() + " test persons: metrics equal the stored ones exactly."
        : "Re-evaluated on " + outcome.testPersons() + " test persons: metrics DIFFER from the stored ones (the store's data changed?).");
    out.flush();
    return outcome.identical() ? 0 : 1;
  }
}
