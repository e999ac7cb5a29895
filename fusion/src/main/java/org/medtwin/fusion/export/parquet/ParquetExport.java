package org.medtwin.fusion.export.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportPerson;
import org.medtwin.fusion.export.ExportProgress;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.FactKind;
import org.medtwin.fusion.export.FactRow;
import org.medtwin.store.StoreException;

/**
 * Exports the store as Parquet files for analysis: {@code person.parquet} (one row per linked
 * person, the golden record) and one file per fact table with the store's columns and the {@code
 * person_id} each fact belongs to; a fact the merge found in several sources appears once. Rows go
 * through an in-memory DuckDB (fed with its appender, whichever engine holds the store) and leave
 * with DuckDB's {@code COPY ... (FORMAT PARQUET)}, so no Hadoop Parquet stack is needed.
 */
public final class ParquetExport {

  private static final List<String> ID_COLUMNS = List.of("id", "patient_id", "source_record_id", "encounter_id");
  /** Columns that may hold what someone wrote (a text answer can be an address), scrubbed. */
  private static final List<String> FREE_TEXT_COLUMNS =
      List.of("note_text", "value_text", "dosage_text", "source_value", "components_json", "ref_text");

  private final ExportSource source;
  private final Disclosure disclosure;
  private final ExportProgress progress;

  /** An export of the source's store through the disclosure. */
  public ParquetExport(ExportSource source, Disclosure disclosure, ExportProgress progress) {
    this.source = source;
    this.disclosure = disclosure;
    this.progress = progress;
  }

  /**
   * Writes the Parquet files into the folder, which must be new or empty.
   *
   * @throws IllegalArgumentException when the folder holds files already
   * @throws StoreException when the store cannot be read or a file cannot be written
   */
  public ExportCounts run(Path dir) {
    prepare(dir);
    ExportCounts counts = new ExportCounts();
    List<ExportPerson> persons = source.persons();
    disclosure.prepare(persons);
    long total = persons.size();
    for (FactKind kind : FactKind.values()) {
      total += source.count(kind);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      writePersons(duck, persons, dir, counts);
      long done = persons.size();
      for (FactKind kind : FactKind.values()) {
        done = writeFacts(duck, kind, dir, counts, done, total);
      }
      return counts;
    } catch (SQLException e) {
      throw new StoreException("Cannot write Parquet files into " + dir + ": " + e.getMessage(), e);
    }
  }

  private void writePersons(Connection duck, List<ExportPerson> persons, Path dir, ExportCounts counts)
      throws SQLException {
    boolean identifying = disclosure.identifying();
    try (Statement statement = duck.createStatement()) {
      statement.execute("CREATE TABLE person (person_id VARCHAR, family VARCHAR, given VARCHAR, birth_date DATE,"
          + " sex VARCHAR, address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR, country VARCHAR,"
          + " phone VARCHAR, deceased TIMESTAMP, source_records INTEGER)");
    }
    try (DuckDBAppender appender = duck.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "person")) {
      for (ExportPerson stored : persons) {
        if (disclosure.withheld(stored.personId())) {
          counts.countSkipped("person", "withheld to keep k-anonymity (fewer than k persons share its birth year, sex and ZIP)");
          continue;
        }
        ExportPerson p = disclosure.person(stored);
        appender.beginRow();
        appender.append(disclosure.personId(stored.personId()));
        text(appender, identifying ? p.family() : null);
        text(appender, identifying ? p.given() : null);
        if (p.birthDate() == null) {
          appender.appendNull();
        } else {
          appender.append(p.birthDate());
        }
        text(appender, p.sex());
        text(appender, identifying ? p.addressLine() : null);
        text(appender, identifying ? p.city() : null);
        text(appender, p.state());
        text(appender, p.postalCode());
        text(appender, p.country());
        text(appender, identifying ? p.phone() : null);
        if (p.deceased() == null) {
          appender.appendNull();
        } else {
          appender.append(LocalDateTime.ofInstant(p.deceased(), ZoneOffset.UTC));
        }
        appender.append(stored.records().size());
        appender.endRow();
        counts.countExported("person");
      }
    }
    copy(duck, "person", dir);
  }

  private long writeFacts(Connection duck, FactKind kind, Path dir, ExportCounts counts, long done, long total)
      throws SQLException {
    List<String[]> columns = storeColumns(kind);
    StringBuilder ddl = new StringBuilder("CREATE TABLE " + kind.table() + " (person_id VARCHAR");
    for (String[] column : columns) {
      ddl.append(", ").append(column[0]).append(' ').append(column[1]);
    }
    try (Statement statement = duck.createStatement()) {
      statement.execute(ddl.append(')').toString());
    }
    long[] handled = {done};
    try (DuckDBAppender appender = duck.unwrap(DuckDBConnection.class)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.table())) {
      source.facts(kind, row -> {
        if (!row.hasPatient()) {
          counts.countSkipped(kind.table(), "its patient record is not in the store");
        } else if (disclosure.withheld(row.personId())) {
          counts.countSkipped(kind.table(), "its person is withheld to keep k-anonymity");
        } else if (row.mergedInto() != null) {
          counts.countSkipped(kind.table(), "merged into the same fact from a more trusted source");
        } else {
          append(appender, row, columns);
          counts.countExported(kind.table());
        }
        if (++handled[0] % 1000 == 0) {
          progress.update(handled[0], total, kind.table());
        }
      });
    }
    progress.update(handled[0], total, kind.table());
    if (counts.exported(kind.table()) > 0) {
      copy(duck, kind.table(), dir);
    }
    try (Statement statement = duck.createStatement()) {
      statement.execute("DROP TABLE " + kind.table());
    }
    return handled[0];
  }

  private void append(DuckDBAppender appender, FactRow row, List<String[]> columns) {
    String person = row.personId();
    try {
      appender.beginRow();
      appender.append(disclosure.personId(person));
      for (String[] column : columns) {
        String name = column[0];
        switch (column[1]) {
          case "TIMESTAMP" -> {
            java.time.Instant value = row.instant(name);
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(LocalDateTime.ofInstant(disclosure.instant(person, value), ZoneOffset.UTC));
            }
          }
          case "DATE" -> {
            java.time.LocalDate value = row.date(name);
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(disclosure.date(person, value));
            }
          }
          case "DOUBLE" -> {
            Double value = row.number(name);
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(value.doubleValue());
            }
          }
          case "INTEGER" -> {
            Integer value = row.integer(name);
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(value.intValue());
            }
          }
          case "BOOLEAN" -> {
            Boolean value = row.bool(name);
            if (value == null) {
              appender.appendNull();
            } else {
              appender.append(value.booleanValue());
            }
          }
          default -> text(appender, disclosed(row, person, name, row.text(name)));
        }
      }
      appender.endRow();
    } catch (SQLException e) {
      throw new StoreException("Cannot stage " + row.kind().table() + " " + row.source() + "/" + row.id()
          + " for Parquet: " + e.getMessage(), e);
    }
  }

  private String disclosed(FactRow row, String person, String column, String value) {
    if (value == null) {
      return null;
    }
    if (ID_COLUMNS.contains(column)) {
      return disclosure.recordId(person, row.source(), value);
    }
    if (FREE_TEXT_COLUMNS.contains(column)) {
      return disclosure.text(person, value);
    }
    if (column.equals("udi") || column.equals("study_uid") || column.equals("content_hash")) {
      // A hash of the raw source row could confirm a guess at it; UDIs and UIDs identify.
      return disclosure.identifying() ? value : null;
    }
    return value;
  }

  /** The fact table's columns and their DuckDB types, read from the store's catalogue. */
  private List<String[]> storeColumns(FactKind kind) {
    List<String[]> columns = new ArrayList<>();
    String sql = "SELECT column_name, data_type FROM information_schema.columns WHERE lower(table_name) = ?"
        + " AND table_schema = current_schema() ORDER BY ordinal_position";
    try (PreparedStatement statement = source.store().connection().prepareStatement(sql)) {
      statement.setString(1, kind.table());
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          columns.add(new String[] {row.getString(1).toLowerCase(Locale.ROOT), duckType(row.getString(2))});
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the columns of " + kind.table() + ": " + e.getMessage(), e);
    }
    if (columns.isEmpty()) {
      throw new StoreException("The store has no table " + kind.table() + ". Maybe it was made by an older MedTwin?");
    }
    return columns;
  }

  private static String duckType(String storeType) {
    String type = storeType.toUpperCase(Locale.ROOT);
    if (type.startsWith("TIMESTAMP")) {
      return "TIMESTAMP";
    }
    if (type.equals("DATE")) {
      return "DATE";
    }
    if (type.startsWith("DOUBLE") || type.equals("FLOAT8") || type.equals("REAL") || type.equals("FLOAT")) {
      return "DOUBLE";
    }
    if (type.equals("INTEGER") || type.equals("INT4")) {
      return "INTEGER";
    }
    if (type.equals("BOOLEAN")) {
      return "BOOLEAN";
    }
    return "VARCHAR";
  }

  private static void text(DuckDBAppender appender, String value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else {
      appender.append(value);
    }
  }

  private static void copy(Connection duck, String table, Path dir) throws SQLException {
    Path file = dir.resolve(table + ".parquet").toAbsolutePath();
    try (Statement statement = duck.createStatement()) {
      statement.execute("COPY " + table + " TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
    }
  }

  private static void prepare(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("Output folder " + dir + " is not empty. Give a new or empty folder.");
          }
        }
      } else if (Files.exists(dir)) {
        throw new IllegalArgumentException("Output " + dir + " is a file, not a folder.");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
