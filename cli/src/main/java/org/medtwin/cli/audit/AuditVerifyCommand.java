package org.medtwin.cli.audit;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medtwin.governance.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code medtwin audit verify}: checks the hash chain and its head; exit 1 when broken. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every entry of the audit trail against its hash and its predecessor, and the",
      "chain's head; names the first edited, deleted, inserted, reordered or missing entry.",
      "Exit status 0 when intact, 1 when not."
    })
public final class AuditVerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GovernanceSession session;

  @Override
  public Integer call() {
    AuditVerification verdict = session.run(parts -> parts.audit().verify());
    PrintWriter out = spec.commandLine().getOut();
    if (verdict.intact()) {
      out.println("Audit trail intact: " + verdict.entriesChecked() + " entries"
          + (verdict.headSigned()
              ? ", head signature valid."
              : "; the head is unsigned (set MEDTWIN_AUDIT_KEY or --audit-key-file to detect a"
                  + " cut tail whose head was rewritten)."));
      out.flush();
      return 0;
    }
    out.println("Audit trail BROKEN"
        + (verdict.firstBadSequence() == null ? "" : " at entry " + verdict.firstBadSequence())
        + ": " + verdict.problem());
    out.println("Entries checked before the fault: " + verdict.entriesChecked() + ".");
    out.flush();
    return 1;
  }
}
