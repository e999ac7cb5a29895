package org.medtwin.cli.learn;

import picocli.CommandLine.Command;

/** {@code medtwin learn}: cohorts, features, models, evaluation and explanations from the store. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
      "Learning from the fused data: build a study's cohort, export its features, train and register",
      "models, re-evaluate them and explain a patient's risk. Built-in studies: ascvd, t2d, ckd."
    },
    subcommands = {LearnCohortCommand.class, LearnFeaturesCommand.class, LearnTrainCommand.class,
        LearnEvaluateCommand.class, LearnExplainCommand.class, LearnModelsCommand.class})
public final class LearnCommand {}
