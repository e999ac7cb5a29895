package org.medtwin.twin.monitor;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.medtwin.twin.news2.VitalSigns;
import org.medtwin.twin.news2.VitalSignsColumns;

/**
 * Reads a stream of observations from CSV: {@code patient_id,time} (ISO-8601 instant, e.g.
 * 2026-11-25T08:00:00Z) followed by the NEWS2 vital-sign columns. A bad row comes back as a
 * {@link Row} with its reasons, and the rest still goes through.
 */
public final class ObservationCsvReader implements Closeable {

  /** The columns this reader needs. */
  public static final List<String> COLUMNS;

  static {
    List<String> columns = new ArrayList<>(List.of("patient_id", "time"));
    columns.addAll(VitalSignsColumns.NAMES);
    COLUMNS = List.copyOf(columns);
  }

  /**
   * One row: the observation, or the reasons it could not be read.
   *
   * @param line the row's line in the file
   * @param observation the observation, null when the row is bad
   * @param problems why the row is bad; empty when it is good
   */
  public record Row(long line, VitalSignObservation observation, List<String> problems) {}

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final String source;

  /**
   * Opens the stream and checks its header.
   *
   * @throws MonitorInputException if a required column is missing or the file is not CSV text
   */
  public ObservationCsvReader(Reader in, String source) {
    this.source = source;
    try {
      this.parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new MonitorInputException(source + " is not UTF-8 text. Maybe save it as UTF-8 CSV?");
    } catch (IOException | IllegalArgumentException e) {
      throw new MonitorInputException(source + " could not be read as CSV: " + e.getMessage());
    }
    List<String> missing = new ArrayList<>();
    for (String column : COLUMNS) {
      if (!parser.getHeaderNames().contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new MonitorInputException(source + " lacks the column(s) " + String.join(", ", missing)
          + ". Maybe the header is not " + String.join(",", COLUMNS) + "?");
    }
    this.records = parser.iterator();
  }

  /** The next row, or null at the end. */
  public Row next() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      Map<String, String> cells = record.toMap();
      List<String> problems = new ArrayList<>(0);
      String patientId = cells.getOrDefault("patient_id", "").trim();
      if (patientId.isEmpty()) {
        problems.add("patient_id is missing");
      }
      Instant time = null;
      try {
        time = Instant.parse(cells.getOrDefault("time", "").trim());
      } catch (DateTimeParseException e) {
        problems.add("time '" + cells.get("time") + "' is not an ISO-8601 instant. Maybe 2026-11-25T08:00:00Z?");
      }
      VitalSigns vitals = VitalSignsColumns.parse(cells, problems);
      long line = parser.getCurrentLineNumber();
      if (!problems.isEmpty()) {
        return new Row(line, null, problems);
      }
      return new Row(line, new VitalSignObservation(patientId, time, vitals), List.of());
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MonitorInputException(source + " near line " + parser.getCurrentLineNumber()
          + " could not be read as CSV: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
