package org.medtwin.cli.audit;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.governance.directory.BreakGlassLog.BreakGlassEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin audit break-glass}: emergency accesses awaiting review, and their review. */
@Command(
    name = "break-glass",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the break-glass accesses no reviewer has looked at yet; with --review EVENT_ID",
      "--by REVIEWER --note TEXT, records the review of one."
    })
public final class AuditBreakGlassCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GovernanceSession session;

  @Option(names = "--review", paramLabel = "EVENT_ID", description = "The access to mark reviewed.")
  String review;

  @Option(names = "--by", paramLabel = "USER", description = "Who reviewed it.")
  String reviewer;

  @Option(names = "--note", paramLabel = "TEXT", description = "The reviewer's finding.")
  String note;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (review != null) {
      if (reviewer == null || reviewer.isBlank()) {
        throw new CliException("A review needs --by REVIEWER.");
      }
      boolean found = session.run(parts -> parts.breakGlass().review(review, reviewer, note));
      if (!found) {
        throw new CliException("There is no break-glass access '" + review + "'. Maybe list them"
            + " with 'medtwin audit break-glass'?");
      }
      out.println("Break-glass access " + review + " marked reviewed by " + reviewer + ".");
      out.flush();
      return 0;
    }
    List<BreakGlassEvent> waiting = session.run(parts -> parts.breakGlass().awaitingReview());
    if (waiting.isEmpty()) {
      out.println("No break-glass access awaits review.");
    }
    for (BreakGlassEvent event : waiting) {
      out.printf("%s  entry %d  %s  %s (%s) -> patient %s: \"%s\"%n", event.eventId(),
          event.auditSequence(), event.recordedAt(), event.userId(), event.role(),
          event.patientId(), event.reason());
    }
    out.flush();
    return 0;
  }
}
