package org.medtwin.cli.access;

import picocli.CommandLine.Command;

/** {@code medtwin access}: users, roles, care teams and consents that the access policy reads. */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    description = {
      "Sets up who may see what: users and their roles, care teams and their patients, patients'",
      "consents; and previews the policy's decision on a request. Every change is audited.",
      "Credentials are not kept here: identities and roles only."
    },
    subcommands = {
      AccessUserCommand.class,
      AccessCareTeamCommand.class,
      AccessConsentCommand.class,
      AccessDecideCommand.class
    })
public final class AccessCommand {}
