package org.medtwin.cli.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.governance.GovernanceStoreException;
import org.medtwin.governance.GovernedAccess;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.datafile.DataFileException;
import org.medtwin.governance.directory.BreakGlassLog;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.governance.key.KeyException;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every governance command shares (the store, the audit key) and the governance
 * objects on the opened store; turns governance failures into one-line user errors.
 */
public final class GovernanceSession {

  @Mixin public StoreOption store;

  @Option(
      names = "--audit-key-file",
      paramLabel = "FILE",
      description =
          "The key that signs and checks the audit chain's head (default: the environment variable"
              + " MEDTWIN_AUDIT_KEY; without either the head is unsigned). Keep it outside the store.")
  Path auditKeyFile;

  /** The governance parts on one open store. */
  public record Parts(
      PatientStore store, AuditTrail audit, GovernanceDirectory directory, BreakGlassLog breakGlass,
      GovernedAccess access, boolean signed) {}

  /**
   * Opens the store and runs the work on its governance parts.
   *
   * @throws CliException for a missing key, a store that refuses, or a broken rules file
   */
  public <T> T run(Function<Parts, T> work) {
    GovernanceKey key = auditKey();
    Clock clock = Clock.systemUTC();
    try (PatientStore patientStore = store.open()) {
      AuditTrail audit = new AuditTrail(patientStore.connection(), key, clock);
      GovernanceDirectory directory =
          new GovernanceDirectory(patientStore.connection(), audit, clock);
      BreakGlassLog breakGlass = new BreakGlassLog(patientStore.connection(), clock);
      GovernedAccess access = GovernedAccess.open(patientStore.connection(), key, clock);
      return work.apply(
          new Parts(patientStore, audit, directory, breakGlass, access, key != null));
    } catch (GovernanceStoreException | KeyException | DataFileException e) {
      throw new CliException(e.getMessage());
    }
  }

  private GovernanceKey auditKey() {
    try {
      if (auditKeyFile != null) {
        return GovernanceKey.fromFile(auditKeyFile);
      }
      String value = System.getenv(GovernanceKey.AUDIT_KEY_VARIABLE);
      return value == null || value.isBlank()
          ? null
          : GovernanceKey.load(null, GovernanceKey.AUDIT_KEY_VARIABLE, System.getenv());
    } catch (KeyException e) {
      throw new CliException(e.getMessage());
    }
  }
}
