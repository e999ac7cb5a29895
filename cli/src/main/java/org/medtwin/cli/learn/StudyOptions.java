package org.medtwin.cli.learn;

import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.cohort.CohortDefinitions;
import org.medtwin.learn.study.SplitSpec;
import picocli.CommandLine.Option;

/** The options that say which study and which split: shared by features and train, so both see the same data. */
public final class StudyOptions {

  @Option(names = "--study", required = true, paramLabel = "NAME|FILE",
      description = "A built-in study (ascvd, t2d, ckd) or a cohort definition JSON file.")
  String study;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the split, the folds and the models (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--test-fraction", defaultValue = "0.25", description = "Share of persons in the test set (default: ${DEFAULT-VALUE}).")
  double testFraction;

  @Option(names = "--train-source", paramLabel = "SOURCE",
      description = "External validation: train on the persons of this source only (with --test-source).")
  String trainSource;

  @Option(names = "--test-source", paramLabel = "SOURCE",
      description = "External validation: test on the persons of this source only (with --train-source).")
  String testSource;

  CohortDefinition definition() {
    return CohortDefinitions.resolve(study);
  }

  String definitionJson() {
    if (CohortDefinitions.BUILT_IN.contains(study)) {
      return CohortDefinitions.builtInJson(study);
    }
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(study));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("Cannot read study file " + study + ": " + e.getMessage(), e);
    }
  }

  SplitSpec split() {
    return new SplitSpec(testFraction, trainSource, testSource);
  }
}
