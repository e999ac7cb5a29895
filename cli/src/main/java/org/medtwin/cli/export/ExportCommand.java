package org.medtwin.cli.export;

import picocli.CommandLine.Command;

/** {@code medtwin export}: the store in a standard format for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the patient store: one person per linked person (the golden record) with every",
      "fact of their linked records, counted record by record, with what was left out and why."
    },
    subcommands = {ExportFhirCommand.class, ExportOmopCommand.class, ExportParquetCommand.class})
public final class ExportCommand {}
