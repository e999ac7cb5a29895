package org.medtwin.cli;

import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;
import org.medtwin.store.StoreOptions;
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

  @Option(
      names = "--duckdb-memory",
      paramLabel = "SIZE",
      description =
          "The most memory an embedded DuckDB store may use beyond the Java heap (default: ${DEFAULT-VALUE});"
              + " above it DuckDB spills to disk.",
      defaultValue = "2GB")
  String duckDbMemory;

  /** Where the store is. */
  public StoreLocation location() {
    return StoreLocation.parse(store);
  }

  /** Opens the store. */
  public PatientStore open() {
    return PatientStore.open(location(), new StoreOptions(duckDbMemory));
  }
}
