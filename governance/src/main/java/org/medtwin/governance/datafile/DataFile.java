package org.medtwin.governance.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One of governance's versioned data files (rules, code lists): a CSV table with {@code #}
 * comment lines, one of them {@code # version: N}, read and checked for its columns.
 *
 * @param name the file's name, for messages
 * @param version the version its comment states
 * @param rows the rows with their line numbers
 */
public record DataFile(String name, int version, List<Row> rows) {

  private static final Pattern VERSION = Pattern.compile("^#\\s*version:\\s*(\\d+)\\s*$");

  /** One row: its line in the file and its values by column. */
  public record Row(String file, long line, CSVRecord values) {

    /**
     * The non-blank value of a column.
     *
     * @throws DataFileException naming file, line and column when the value is blank
     */
    public String required(String column) {
      String value = values.isMapped(column) ? values.get(column) : null;
      if (value == null || value.isBlank()) {
        throw error("has no " + column);
      }
      return value.strip();
    }

    /** A failure located at this row. */
    public DataFileException error(String problem) {
      return new DataFileException(file + " line " + line + " " + problem + ".");
    }
  }

  /**
   * Reads a resource beside the class.
   *
   * @throws DataFileException when it is missing, unversioned or lacks a column
   */
  public static DataFile load(Class<?> owner, String resource, List<String> columns) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DataFileException(
            resource + " is missing from the MedTwin build. Maybe the build is incomplete?");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
    } catch (IOException e) {
      throw new DataFileException(resource + " could not be read: " + e.getMessage());
    }
  }

  /**
   * Parses a file's text.
   *
   * @throws DataFileException when it is unversioned, malformed or lacks a column
   */
  public static DataFile parse(String name, String text, List<String> columns) {
    int version = version(name, text);
    CSVFormat format =
        CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new DataFileException(
              name + " has no column '" + column + "'; its header is " + parser.getHeaderNames()
                  + ".");
        }
      }
      for (CSVRecord record : parser) {
        rows.add(new Row(name, record.getParser().getCurrentLineNumber(), record));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new DataFileException(name + " is not valid CSV: " + e.getMessage());
    }
    return new DataFile(name, version, List.copyOf(rows));
  }

  private static int version(String name, String text) {
    for (String line : text.split("\n")) {
      Matcher matcher = VERSION.matcher(line.strip());
      if (matcher.matches()) {
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new DataFileException(
        name + " states no version. Maybe add a comment line '# version: 1'?");
  }
}
