package org.medtwin.cli.access;

import org.medtwin.governance.directory.Actor;
import org.medtwin.governance.policy.Role;
import picocli.CommandLine.Option;

/** The {@code --by} option: who makes a change, for the audit trail. */
public final class ActorOption {

  @Option(
      names = "--by",
      paramLabel = "USER",
      description = "Who makes the change, as the audit trail records it (default: the"
          + " operating-system account, os:NAME).")
  String by;

  /** The acting administrator. */
  Actor actor() {
    String id = by == null || by.isBlank() ? "os:" + System.getProperty("user.name", "unknown") : by;
    return new Actor(id, Role.ADMIN);
  }
}
