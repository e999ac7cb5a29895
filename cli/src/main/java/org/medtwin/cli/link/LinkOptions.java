package org.medtwin.cli.link;

import org.medtwin.fusion.link.index.IndexSettings;
import picocli.CommandLine.Option;

/** The options every command that links or scores records takes: training seed, phone country. */
public final class LinkOptions {

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261125",
      description = "Seed of model training (default ${DEFAULT-VALUE}); the same seed and records"
          + " give the same persons.")
  long seed;

  @Option(names = "--phone-country-code", paramLabel = "CODE", defaultValue = "1",
      description = "Country code for national phone numbers (default ${DEFAULT-VALUE}).")
  String phoneCountryCode;

  /** The index settings these options give. */
  public IndexSettings settings() {
    if (!phoneCountryCode.matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException("--phone-country-code must be 1 to 3 digits, such as 1"
          + " or 61, not '" + phoneCountryCode + "'.");
    }
    return new IndexSettings(IndexSettings.link(seed), phoneCountryCode);
  }
}
