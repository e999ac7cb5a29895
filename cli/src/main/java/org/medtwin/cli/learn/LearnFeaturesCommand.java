package org.medtwin.cli.learn;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.feature.FeatureExport;
import org.medtwin.learn.feature.FeatureSettings;
import org.medtwin.learn.study.StudyData;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin learn features --study S --out FILE}: the feature matrix and split that training uses. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = {"Exports a study's feature matrix with its train/test split: CSV (person,split,label,<features>)",
        "or Parquet, by the file's extension. Same seed and split options as 'learn train' give the same data."})
public final class LearnFeaturesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Mixin StudyOptions study;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .csv or .parquet file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".parquet")) {
      throw new IllegalArgumentException("Cannot tell the format of " + out + ". Maybe end it with .csv or .parquet?");
    }
    StudyData data;
    try (PatientStore patientStore = store.open()) {
      data = StudyData.build(patientStore.connection(), study.definition(), study.split(), study.seed, FeatureSettings.DEFAULT);
    }
    FeatureExport.write(data.matrix(), data.split(), out);
    spec.commandLine().getOut().printf("Wrote %,d persons (%,d train, %,d test) x %,d features of study %s to %s%n",
        data.matrix().rows(), data.split().train().size(), data.split().test().size(), data.matrix().columns().size(),
        data.cohort().definition().name(), out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
