package org.medtwin.cli.audit;

import picocli.CommandLine.Command;

/** {@code medtwin audit}: check the audit trail and ask who looked at a record. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The tamper-evident audit trail of every access and change.",
    subcommands = {
      AuditVerifyCommand.class,
      AuditPatientCommand.class,
      AuditBreakGlassCommand.class
    })
public final class AuditCommand {}
