package org.medtwin.cli;

import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that touches the store takes. */
public final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "PATH|JDBC_URL",
      description =
          "The patient store: a DuckDB file (default: ${DEFAULT-VALUE}) or a JDBC URL such as"
              + " jdbc:postgresql://host/db?user=u&password=p.",
      defaultValue = StoreLocation.DEFAULT)
  String store;

  /** Where the store is. */
  public StoreLocation location() {
    return StoreLocation.parse(store);
  }

  /** Opens the store. */
  public PatientStore open() {
    return PatientStore.open(location());
  }
}
