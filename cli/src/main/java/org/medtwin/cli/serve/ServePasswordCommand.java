package org.medtwin.cli.serve;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.hospital.HospitalSettings;
import org.medtwin.hospital.server.HospitalServer;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code medtwin serve password --user ID}: sets a directory user's sign-in password, read from
 * the terminal without echo (or one line of standard input), never from the command line.
 */
@Command(name = "password", mixinStandardHelpOptions = true,
    description = "Sets the sign-in password of a user of the governance directory; the password"
        + " is read from the terminal (or the first line of standard input), at least 12 characters.")
public final class ServePasswordCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--user", required = true, paramLabel = "ID", description = "The user id.")
  String user;

  @Override
  public Integer call() throws Exception {
    char[] password = readPassword();
    try (PatientStore patientStore = store.open()) {
      new HospitalServer(HospitalSettings.defaults(), patientStore.connection(), null,
          Clock.systemUTC()).setPassword(user, password);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
    spec.commandLine().getOut().println("Password set for " + user + ".");
    return 0;
  }

  private static char[] readPassword() throws java.io.IOException {
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("Password for the user: ");
      return typed == null ? new char[0] : typed;
    }
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        .readLine();
    if (line == null) {
      throw new CliException("No password on standard input.");
    }
    return line.toCharArray();
  }
}
