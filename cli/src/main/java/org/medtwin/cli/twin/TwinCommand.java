package org.medtwin.cli.twin;

import org.medtwin.cli.twin.glucose.GlucoseCommand;
import picocli.CommandLine.Command;

/** {@code medtwin twin}: per-patient digital twins. */
@Command(
    name = "twin",
    mixinStandardHelpOptions = true,
    description = "Per-patient digital twins.",
    subcommands = {GlucoseCommand.class})
public final class TwinCommand {}
