package org.medtwin.cli.access;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.audit.GovernanceSession;
import org.medtwin.governance.policy.Consent;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.SensitiveSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin access consent set|show PATIENT}: a patient's consent choices. */
@Command(
    name = "consent",
    mixinStandardHelpOptions = true,
    description = "Patients' consent: research opt-out and sections withheld from roles.",
    subcommands = {AccessConsentCommand.Set.class, AccessConsentCommand.Show.class})
public final class AccessConsentCommand {

  /** {@code medtwin access consent set PATIENT [--research-opt-out] [--withhold S=r1,r2]...}. */
  @Command(name = "set", mixinStandardHelpOptions = true,
      description = {
        "Records a patient's consent, replacing what was recorded: --research-opt-out keeps their",
        "data out of research; --withhold mental_health=nurse,pharmacist hides a section from roles."
      })
  public static final class Set implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;
    @Mixin ActorOption actor;

    @Parameters(index = "0", paramLabel = "PATIENT_ID")
    String patientId;

    @Option(names = "--research-opt-out", description = "The patient opts out of research use.")
    boolean researchOptOut;

    @Option(names = "--withhold", paramLabel = "SECTION=ROLE[,ROLE...]",
        description = "A section withheld from roles (repeatable). Sections: mental_health,"
            + " sexual_health, substance_use.")
    List<String> withhold;

    @Override
    public Integer call() {
      Consent consent = new Consent(patientId, researchOptOut, withheld());
      session.run(parts -> {
        parts.directory().setConsent(actor.actor(), consent);
        return null;
      });
      spec.commandLine().getOut().println("Consent of patient " + patientId + " recorded.");
      spec.commandLine().getOut().flush();
      return 0;
    }

    private Map<String, java.util.Set<Role>> withheld() {
      java.util.Set<String> known = SensitiveSections.standard().names();
      Map<String, java.util.Set<Role>> withheld = new HashMap<>();
      for (String item : withhold == null ? List.<String>of() : withhold) {
        String[] parts = item.split("=", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
          throw new CliException("--withhold '" + item + "' needs SECTION=ROLE[,ROLE...], e.g."
              + " mental_health=nurse,pharmacist.");
        }
        String section = parts[0].strip();
        if (!known.contains(section)) {
          throw new CliException("Unknown section '" + section + "'. Maybe one of: "
              + String.join(", ", known) + "?");
        }
        java.util.Set<Role> roles = withheld.computeIfAbsent(section, s -> EnumSet.noneOf(Role.class));
        for (String role : parts[1].split(",")) {
          roles.add(Role.parse(role));
        }
      }
      return withheld;
    }
  }

  /** {@code medtwin access consent show PATIENT}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a patient's consent.")
  public static final class Show implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;

    @Parameters(index = "0", paramLabel = "PATIENT_ID")
    String patientId;

    @Override
    public Integer call() {
      Consent consent = session.run(parts -> parts.directory().consent(patientId));
      PrintWriter out = spec.commandLine().getOut();
      out.println("Patient " + patientId + ": research use "
          + (consent.researchOptOut() ? "refused (opted out)" : "allowed"));
      if (consent.withheld().isEmpty()) {
        out.println("  no section withheld");
      }
      consent.withheld().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(entry -> out.println("  " + entry.getKey() + " withheld from "
              + AccessUserCommand.codes(entry.getValue())));
      out.flush();
      return 0;
    }
  }

}
