package org.medtwin.cli.access;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medtwin.cli.CliException;
import org.medtwin.cli.audit.GovernanceSession;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medtwin access user add|list|deactivate}. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Users and their roles.",
    subcommands = {
      AccessUserCommand.Add.class,
      AccessUserCommand.ListUsers.class,
      AccessUserCommand.Deactivate.class
    })
public final class AccessUserCommand {

  /** {@code medtwin access user add ID --role R [--role R] [--name N] [--patient P]}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Adds a user, or replaces the roles, name and patient of an existing one.")
  public static final class Add implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;
    @Mixin ActorOption actor;

    @Parameters(index = "0", paramLabel = "USER_ID", description = "The user's id (their login name).")
    String userId;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "A role they hold: clinician, nurse, pharmacist, researcher, data_steward,"
            + " patient, admin (repeat for several).")
    List<String> roles;

    @Option(names = "--name", paramLabel = "NAME", description = "A name to show.")
    String name;

    @Option(names = "--patient", paramLabel = "PATIENT_ID",
        description = "For the patient role: the patient they are.")
    String patient;

    @Override
    public Integer call() {
      Set<Role> parsed = EnumSet.noneOf(Role.class);
      for (String role : roles) {
        parsed.add(Role.parse(role));
      }
      if (userId.isBlank()) {
        throw new CliException("Give a user id.");
      }
      UserAccount user = new UserAccount(userId, name, parsed, patient, true);
      session.run(parts -> {
        parts.directory().putUser(actor.actor(), user);
        return null;
      });
      PrintWriter out = spec.commandLine().getOut();
      out.println("User " + userId + " holds " + codes(parsed) + ".");
      out.flush();
      return 0;
    }
  }

  /** {@code medtwin access user list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users.")
  public static final class ListUsers implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;

    @Override
    public Integer call() {
      List<UserAccount> users = session.run(parts -> parts.directory().users());
      PrintWriter out = spec.commandLine().getOut();
      if (users.isEmpty()) {
        out.println("No users. Add one with 'medtwin access user add ID --role ROLE'.");
      }
      for (UserAccount user : users) {
        out.println(user.userId() + "  " + codes(user.roles())
            + (user.patientId() == null ? "" : "  patient " + user.patientId())
            + (user.active() ? "" : "  (deactivated)"));
      }
      out.flush();
      return 0;
    }
  }

  /** {@code medtwin access user deactivate ID}. */
  @Command(name = "deactivate", mixinStandardHelpOptions = true,
      description = "Deactivates a user: every request of theirs is denied from now on.")
  public static final class Deactivate implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin GovernanceSession session;
    @Mixin ActorOption actor;

    @Parameters(index = "0", paramLabel = "USER_ID")
    String userId;

    @Override
    public Integer call() {
      boolean found = session.run(parts -> parts.directory().setActive(actor.actor(), userId, false));
      if (!found) {
        throw new CliException("There is no user '" + userId + "'.");
      }
      spec.commandLine().getOut().println("User " + userId + " is deactivated.");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  static String codes(Set<Role> roles) {
    return roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
  }
}
