package org.medtwin.cli.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.medtwin.cli.CliException;
import org.medtwin.fusion.export.DeidentifiedDisclosure;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.governance.deid.DeidentificationSettings;
import org.medtwin.governance.deid.Deidentifier;
import org.medtwin.governance.kanon.KAnonymitySettings;
import org.medtwin.governance.kanon.QuasiIdentifier;
import org.medtwin.governance.kanon.RiskReport;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.governance.key.KeyException;
import picocli.CommandLine.Option;

/** The de-identification options every export takes. */
public final class DeidentifyOptions {

  /** How dates leave a de-identified export. */
  enum Dates { YEAR, SHIFT }

  @Option(names = "--deidentify",
      description = "De-identify: HIPAA Safe Harbor with keyed pseudonyms, dates reduced to the year (or shifted,"
          + " --dates shift), notes scrubbed, then k-anonymity over birth year, sex, 3-digit ZIP and state.")
  boolean deidentify;

  @Option(names = "--key", paramLabel = "FILE",
      description = "The pseudonym key file (at least 32 bytes), outside the output; default: the environment"
          + " variable " + GovernanceKey.PSEUDONYM_KEY_VARIABLE + ".")
  Path keyFile;

  @Option(names = "--dates", paramLabel = "year|shift", defaultValue = "year",
      description = "With --deidentify: year (Safe Harbor, default) or shift (every date of a person moved by the"
          + " same secret number of days).")
  Dates dates;

  @Option(names = "--max-shift-days", paramLabel = "DAYS", defaultValue = "365",
      description = "With --dates shift: the widest shift either way (default: ${DEFAULT-VALUE}).")
  int maxShiftDays;

  @Option(names = "--k", paramLabel = "K", defaultValue = "5",
      description = "With --deidentify: every released person shares birth year, sex, ZIP and state with at least"
          + " K-1 others (default: ${DEFAULT-VALUE}).")
  int k;

  /** The disclosure the options ask for; the key must lie outside the output. */
  Disclosure disclosure(Path output) {
    if (!deidentify) {
      if (keyFile != null) {
        throw new CliException("--key is only used with --deidentify.");
      }
      return Disclosure.IDENTIFIED;
    }
    try {
      GovernanceKey key = GovernanceKey.load(keyFile, GovernanceKey.PSEUDONYM_KEY_VARIABLE, System.getenv());
      GovernanceKey.requireOutside(keyFile, output);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      DeidentificationSettings settings = dates == Dates.YEAR
          ? DeidentificationSettings.safeHarbor(key, today)
          : DeidentificationSettings.shifted(key, maxShiftDays, today);
      return new DeidentifiedDisclosure(new Deidentifier(settings),
          new KAnonymitySettings(java.util.List.of(QuasiIdentifier.values()), k,
              KAnonymitySettings.DEFAULT_MAX_SUPPRESSION));
    } catch (KeyException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** Prints the k-anonymity risk report and writes it as JSON into the folder, if there is one. */
  static void report(Disclosure disclosure, Path folder, PrintWriter out) {
    if (!(disclosure instanceof DeidentifiedDisclosure deidentified) || deidentified.riskReport() == null) {
      return;
    }
    RiskReport report = deidentified.riskReport();
    out.println(report.toText());
    if (folder != null && Files.isDirectory(folder)) {
      try {
        Files.writeString(folder.resolve("risk-report.json"), report.toJson());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the risk report into " + folder + ": " + e.getMessage(), e);
      }
    }
    out.flush();
  }
}
