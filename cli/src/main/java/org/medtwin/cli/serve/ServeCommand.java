package org.medtwin.cli.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.hospital.HospitalSettings;
import org.medtwin.hospital.server.HospitalServer;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medtwin serve}: the virtual hospital's web app and API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the clinician's web app and its API over the store until stopped"
        + " (Ctrl-C). Settings come from --config, then MEDTWIN_HOSPITAL_* environment variables,"
        + " then these options.",
    subcommands = ServePasswordCommand.class)
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", paramLabel = "N", description = "TCP port (default 8080).")
  Integer port;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file (hospital.port=8080, hospital.secure-cookies=true, ...).")
  Path config;

  @Option(names = "--audit-key", paramLabel = "FILE",
      description = "The key file that signs the audit trail's head (or MEDTWIN_AUDIT_KEY).")
  Path auditKey;

  @Override
  public Integer call() throws Exception {
    HospitalSettings settings = settings(config, port);
    try (PatientStore patientStore = store.open();
        HospitalServer server = new HospitalServer(settings, patientStore.connection(),
            auditKey(auditKey), Clock.systemUTC()).start()) {
      spec.commandLine().getOut().println("MedTwin is serving " + server.url()
          + " (sign in with an account set by `medtwin serve password --user ID`). Ctrl-C stops it.");
      spec.commandLine().getOut().flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  static HospitalSettings settings(Path config, Integer port) {
    try {
      HospitalSettings settings = HospitalSettings.load(config, System.getenv());
      return port == null ? settings : settings.withPort(port);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  static GovernanceKey auditKey(Path file) {
    if (file == null && System.getenv(GovernanceKey.AUDIT_KEY_VARIABLE) == null) {
      return null;
    }
    try {
      return GovernanceKey.load(file, GovernanceKey.AUDIT_KEY_VARIABLE, System.getenv());
    } catch (RuntimeException e) {
      throw new CliException(e.getMessage());
    }
  }
}
