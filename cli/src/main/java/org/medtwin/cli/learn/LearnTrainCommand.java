package org.medtwin.cli.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.MedTwinVersion;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.model.Algorithm;
import org.medtwin.learn.model.TrainingSettings;
import org.medtwin.learn.report.TrainingReport;
import org.medtwin.learn.study.StudyTrainer;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin learn train --study S}: trains, evaluates and registers the study's models and writes the report. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Trains L1 and L2 logistic regression and gradient-boosted trees on a study (hyper-parameters by",
        "cross-validation on the training persons), evaluates them on the test persons, registers each as a new",
        "immutable model version and writes an HTML report."})
public final class LearnTrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin StudyOptions study;

  @Option(names = "--algorithm", split = ",", paramLabel = "NAME",
      description = "Which algorithms (default: logistic-l1,logistic-l2,xgboost).")
  List<String> algorithms = List.of("logistic-l1", "logistic-l2", "xgboost");

  @Option(names = "--threads", defaultValue = "2", description = "Threads XGBoost uses (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--report", paramLabel = "FILE", description = "The HTML report (default: learn-<study>-report.html).")
  Path report;

  @Option(names = "--json", description = "Print one JSON object per model instead of the summary.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<Algorithm> chosen = new ArrayList<>();
    for (String a : algorithms) {
      chosen.add(Algorithm.parse(a.trim()));
    }
    TrainingSettings defaults = TrainingSettings.defaults(study.seed);
    TrainingSettings settings = new TrainingSettings(study.seed, threads, defaults.folds(), defaults.treeDepths(),
        defaults.treeLearningRate(), defaults.maxTreeRounds(), defaults.earlyStoppingRounds(), defaults.penalties(),
        defaults.linearRounds());
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    String version = String.join(" ", new MedTwinVersion().getVersion());
    StudyTrainer.Run run;
    try (PatientStore patientStore = store.open()) {
      run = new StudyTrainer(patientStore.connection(), settings, version).run(study.definition(), study.definitionJson(),
          study.split(), chosen, what -> {
            err.println("learn: " + what);
            err.flush();
          });
    }
    Path reportFile = report != null ? report : Path.of("learn-" + run.data().cohort().definition().name() + "-report.html");
    TrainingReport.write(run, reportFile);
    ObjectMapper mapper = new ObjectMapper();
    for (StudyTrainer.Result r : run.results()) {
      var p = r.evaluation().performance();
      if (json) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("model_id", r.model().modelId());
        line.put("study", r.model().study());
        line.put("algorithm", r.model().algorithm());
        line.put("test_auroc", p.auroc().value());
        line.put("test_auprc", p.auprc().value());
        line.put("test_brier", p.brier().value());
        out.println(mapper.writeValueAsString(line));
      } else {
        out.printf("%s  AUROC %s  AUPRC %s  Brier %s%n", r.model().modelId(), p.auroc().formatted(3), p.auprc().formatted(3),
            p.brier().formatted(4));
        if (r.baseline() != null) {
          out.println("  vs Pooled Cohort Equations: " + r.baseline().get("verdict"));
        }
      }
    }
    if (!json) {
      out.println("Report: " + reportFile);
    }
    out.flush();
    return 0;
  }
}
