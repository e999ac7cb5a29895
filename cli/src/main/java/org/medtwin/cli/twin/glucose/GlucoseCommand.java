package org.medtwin.cli.twin.glucose;

import picocli.CommandLine.Command;

/** {@code medtwin twin glucose}: the glucose–insulin twin for type 1 diabetes. */
@Command(
    name = "glucose",
    mixinStandardHelpOptions = true,
    description = {
      "The glucose-insulin twin for type 1 diabetes: the UVA/Padova (S2008) model with the 30",
      "virtual patients of simglucose. For research and education, not for treatment decisions."
    },
    subcommands = {GlucoseSimulateCommand.class, GlucoseCalibrateCommand.class})
public final class GlucoseCommand {}
