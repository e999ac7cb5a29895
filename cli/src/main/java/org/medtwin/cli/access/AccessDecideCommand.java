package org.medtwin.cli.access;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.medtwin.cli.audit.GovernanceSession;
import org.medtwin.governance.policy.AccessAction;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Decision;
import org.medtwin.governance.policy.PurposeOfUse;
import org.medtwin.governance.policy.Reason;
import org.medtwin.governance.policy.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medtwin access decide USER ROLE PURPOSE ACTION PATIENT}: what the policy would decide,
 * without reading anything (so nothing is audited); exit 0 for permit, 1 for deny.
 */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Previews the policy decision point's answer to a request, with its reasons, obligations",
      "and withheld sections. Nothing is read, so nothing is audited. Exit 0 permit, 1 deny."
    })
public final class AccessDecideCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin GovernanceSession session;

  @Parameters(index = "0", paramLabel = "USER_ID") String userId;
  @Parameters(index = "1", paramLabel = "ROLE") String role;
  @Parameters(index = "2", paramLabel = "PURPOSE",
      description = "treatment, research, operations or emergency") String purpose;
  @Parameters(index = "3", paramLabel = "ACTION", description = "read or export") String action;
  @Parameters(index = "4", paramLabel = "PATIENT_ID") String patientId;

  @Option(names = "--reason", paramLabel = "TEXT", description = "A break-glass reason.")
  String reason;

  @Override
  public Integer call() {
    AccessRequest request = new AccessRequest(userId, Role.parse(role),
        PurposeOfUse.parse(purpose), AccessAction.parse(action), patientId, reason);
    Decision decision = session.run(parts -> parts.access().decisionPoint().decide(request));
    PrintWriter out = spec.commandLine().getOut();
    out.println(decision.permitted() ? "PERMIT" : "DENY");
    for (Reason why : decision.reasons()) {
      out.println("  " + why.code() + ": " + why.message());
    }
    out.println("  obligations: " + decision.obligations().stream()
        .map(o -> o.code()).sorted().reduce((a, b) -> a + ", " + b).orElse(""));
    if (!decision.withheldSections().isEmpty()) {
      out.println("  withheld: " + String.join(", ", decision.withheldSections()));
    }
    out.flush();
    return decision.permitted() ? 0 : 1;
  }
}
