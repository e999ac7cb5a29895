package org.medtwin.twin.glucose.calibrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CGM readings read from a CSV file with columns {@code minute,cgm_mg_dl}, in time order; rows
 * that cannot be used are kept as problems (with their line) and the rest goes through.
 *
 * @param readings usable readings, strictly increasing in minute
 * @param problems one message per rejected row
 */
public record CgmTrace(List<CgmReading> readings, List<String> problems) {

  private static final long MAX_FILE_BYTES = 100L << 20;

  public CgmTrace {
    readings = List.copyOf(readings);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a CGM file.
   *
   * @throws IllegalArgumentException when the file is missing, has no {@code minute} and
   *     {@code cgm_mg_dl} columns, or holds no usable reading
   */
  public static CgmTrace read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new IllegalArgumentException("CGM file " + file + " is larger than 100 MB.");
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return read(reader, file.toString());
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("CGM file " + file + " does not exist.");
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read CGM file " + file + ": " + e.getMessage());
    }
  }

  /** Reads CGM CSV text; {@code source} names it in messages. */
  public static CgmTrace read(Reader reader, String source) throws IOException {
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).get().parse(reader).getRecords();
    if (rows.isEmpty() || !rows.get(0).isMapped("minute") || !rows.get(0).isMapped("cgm_mg_dl")) {
      throw new IllegalArgumentException("CGM file " + source + " needs a header "
          + "'minute,cgm_mg_dl' and at least one reading.");
    }
    List<CgmReading> readings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int lastMinute = -1;
    for (CSVRecord row : rows) {
      String where = source + " line " + (row.getRecordNumber() + 1);
      if (!row.isSet("minute") || !row.isSet("cgm_mg_dl")) {
        problems.add(where + ": not a reading (" + row.toList() + "), two values expected.");
        continue;
      }
      try {
        CgmReading reading = new CgmReading(Integer.parseInt(row.get("minute")),
            Double.parseDouble(row.get("cgm_mg_dl")));
        if (reading.minute() <= lastMinute) {
          problems.add(where + ": minute " + reading.minute() + " is not after minute "
              + lastMinute + "; readings must be in time order, one per minute at most.");
          continue;
        }
        lastMinute = reading.minute();
        readings.add(reading);
      } catch (NumberFormatException e) {
        problems.add(where + ": not a reading (" + row.toList() + ").");
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("CGM file " + source + " has no usable reading: "
          + String.join(" ", problems.subList(0, Math.min(3, problems.size()))));
    }
    return new CgmTrace(readings, problems);
  }

  /** Minute of the last reading. */
  public int lastMinute() {
    return readings.get(readings.size() - 1).minute();
  }
}
