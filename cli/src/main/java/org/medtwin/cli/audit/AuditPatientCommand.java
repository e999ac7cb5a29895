package org.medtwin.cli.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.governance.audit.AuditEntry;
import org.medtwin.governance.directory.BreakGlassLog.BreakGlassEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin audit patient ID}: who looked at a patient's record, when, and why. */
@Command(
    name = "patient",
    mixinStandardHelpOptions = true,
    description = {
      "Who read, exported or changed a patient's data: time, user, role, purpose, what,",
      "outcome and reasons, oldest first; a break-glass access shows its stated reason."
    })
public final class AuditPatientCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GovernanceSession session;

  @Parameters(index = "0", paramLabel = "PATIENT_ID", description = "The patient's id in the store.")
  String patientId;

  @Option(names = "--json", description = "Write JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (patientId.isBlank()) {
      throw new CliException("Give a patient id.");
    }
    record Answer(List<AuditEntry> entries, Map<Long, String> reasons) {}
    Answer answer =
        session.run(parts -> {
          Map<Long, String> reasons = new HashMap<>();
          for (BreakGlassEvent event : parts.breakGlass().forPatient(patientId)) {
            reasons.put(event.auditSequence(), event.reason());
          }
          return new Answer(parts.audit().forPatient(patientId), reasons);
        });
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(answer.entries(), answer.reasons()));
    } else {
      table(out, answer.entries(), answer.reasons());
    }
    out.flush();
    return 0;
  }

  private String json(List<AuditEntry> entries, Map<Long, String> reasons) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("patientId", patientId);
    ArrayNode rows = root.putArray("accesses");
    for (AuditEntry entry : entries) {
      ObjectNode row = rows.addObject();
      row.put("sequence", entry.sequence());
      row.put("time", entry.recordedAt());
      row.put("user", entry.event().userId());
      row.put("role", entry.event().role());
      row.put("purpose", entry.event().purpose());
      row.put("action", entry.event().action());
      row.put("what", entry.event().what());
      row.put("outcome", entry.event().outcome());
      row.put("reasons", entry.event().reasons());
      if (reasons.containsKey(entry.sequence())) {
        row.put("breakGlassReason", reasons.get(entry.sequence()));
      }
    }
    return mapper.writeValueAsString(root);
  }

  private void table(PrintWriter out, List<AuditEntry> entries, Map<Long, String> reasons) {
    if (entries.isEmpty()) {
      out.println("No access to or change of patient " + patientId + " is recorded.");
      return;
    }
    String format = "%-8s %-24s %-16s %-12s %-14s %-7s %-20s %-7s %s%n";
    out.printf(format, "entry", "time", "user", "role", "purpose", "action", "what", "outcome",
        "why");
    for (AuditEntry entry : entries) {
      String why = entry.event().reasons();
      if (reasons.containsKey(entry.sequence())) {
        why = why + " (\"" + reasons.get(entry.sequence()) + "\")";
      }
      out.printf(format, entry.sequence(), entry.recordedAt(), entry.event().userId(),
          entry.event().role(), entry.event().purpose(), entry.event().action(),
          entry.event().what(), entry.event().outcome(), why);
    }
  }
}
