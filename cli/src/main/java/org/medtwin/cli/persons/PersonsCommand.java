package org.medtwin.cli.persons;

import picocli.CommandLine.Command;

/** {@code medtwin persons}: the persons of the master patient index. */
@Command(
    name = "persons",
    mixinStandardHelpOptions = true,
    description = "The persons the master patient index links records into.",
    subcommands = {PersonsExportCommand.class})
public final class PersonsCommand {}
