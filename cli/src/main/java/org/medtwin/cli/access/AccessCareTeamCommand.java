package org.medtwin.cli.access;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.audit.GovernanceSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin access care-team ...}: teams, their members and their patients. */
@Command(
    name = "care-team",
    mixinStandardHelpOptions = true,
    description = "Care teams: a member sees the patients their teams care for.",
    subcommands = {
      AccessCareTeamCommand.Add.class,
      AccessCareTeamCommand.Change.class,
      AccessCareTeamCommand.ListTeams.class
    })
public final class AccessCareTeamCommand {

  /** {@code medtwin access care-team add TEAM [--name N]}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Creates or renames a care team.")
  public static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;
    @Mixin ActorOption actor;

    @Parameters(index = "0", paramLabel = "TEAM_ID")
    String teamId;

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      session.run(parts -> {
        parts.directory().putCareTeam(actor.actor(), teamId, name);
        return null;
      });
      spec.commandLine().getOut().println("Care team " + teamId + " is set up.");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /**
   * {@code medtwin access care-team add-member|remove-member|add-patient|remove-patient TEAM ID}:
   * one command for the four changes of membership, named by how it is called.
   */
  @Command(name = "add-member", aliases = {"remove-member", "add-patient", "remove-patient"},
      mixinStandardHelpOptions = true,
      description = {
        "add-member TEAM USER, remove-member TEAM USER: a user joins or leaves a team.",
        "add-patient TEAM PATIENT, remove-patient TEAM PATIENT: a patient enters or leaves its care."
      })
  public static final class Change implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;
    @Mixin ActorOption actor;

    @Parameters(index = "0", paramLabel = "TEAM_ID")
    String teamId;

    @Parameters(index = "1", paramLabel = "USER_OR_PATIENT_ID")
    String id;

    @Override
    public Integer call() {
      String verb = spec.commandLine().getParseResult().originalArgs().stream()
          .filter(arg -> arg.matches("(add|remove)-(member|patient)")).findFirst()
          .orElse("add-member");
      boolean changed = session.run(parts -> {
        switch (verb) {
          case "remove-member":
            return parts.directory().removeMember(actor.actor(), teamId, id);
          case "add-patient":
            parts.directory().addPatient(actor.actor(), teamId, id);
            return true;
          case "remove-patient":
            return parts.directory().removePatient(actor.actor(), teamId, id);
          default:
            parts.directory().addMember(actor.actor(), teamId, id);
            return true;
        }
      });
      if (!changed) {
        throw new CliException(id + " is not in care team " + teamId + ".");
      }
      spec.commandLine().getOut().println("Care team " + teamId + ": " + verb + " " + id + ".");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code medtwin access care-team list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the care teams with their members and patients.")
  public static final class ListTeams implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      session.run(parts -> {
        Map<String, String> teams = parts.directory().careTeams();
        if (teams.isEmpty()) {
          out.println("No care teams. Add one with 'medtwin access care-team add TEAM'.");
        }
        teams.forEach((id, name) -> {
          out.println(id + "  " + name);
          out.println("  members:  " + String.join(", ", parts.directory().members(id)));
          out.println("  patients: " + String.join(", ", parts.directory().patients(id)));
        });
        return null;
      });
      out.flush();
      return 0;
    }
  }
}
