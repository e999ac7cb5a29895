package org.medtwin.generator.synthea;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medtwin.generator.source.csv.CsvLine;
import org.medtwin.generator.source.hl7.LabResult;

/** The laboratory-category results of Synthea's {@code observations.csv}, grouped by person and collection time. */
public final class LabObservations {

  private static final DateTimeFormatter HL7_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Map<String, Map<String, List<LabResult>>> byPerson;

  private LabObservations(Map<String, Map<String, List<LabResult>>> byPerson) {
    this.byPerson = byPerson;
  }

  /**
   * Reads the results of some persons, keeping Synthea's order within a collection time.
   *
   * @param observationsCsv Synthea's {@code observations.csv}
   * @param persons the persons whose results are wanted
   * @return the results
   * @throws IOException when the file cannot be read
   */
  public static LabObservations read(Path observationsCsv, Set<String> persons) throws IOException {
    Map<String, Map<String, List<LabResult>>> byPerson = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(observationsCsv, StandardCharsets.UTF_8)) {
      String[] header = CsvLine.split(in.readLine());
      int date = CsvLine.column(header, "DATE");
      int patient = CsvLine.column(header, "PATIENT");
      int category = CsvLine.column(header, "CATEGORY");
      int code = CsvLine.column(header, "CODE");
      int description = CsvLine.column(header, "DESCRIPTION");
      int value = CsvLine.column(header, "VALUE");
      int units = CsvLine.column(header, "UNITS");
      int type = CsvLine.column(header, "TYPE");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = CsvLine.split(line);
        if (!"laboratory".equals(cells[category]) || !persons.contains(cells[patient])) {
          continue;
        }
        String time = HL7_TIME.format(Instant.parse(cells[date]));
        byPerson
            .computeIfAbsent(cells[patient], p -> new LinkedHashMap<>())
            .computeIfAbsent(time, t -> new ArrayList<>())
            .add(new LabResult(cells[code], cells[description], cells[value], cells[units],
                "numeric".equals(cells[type])));
      }
    }
    return new LabObservations(byPerson);
  }

  /** A person's results by HL7 collection time ({@code yyyyMMddHHmmss}), in time order. */
  public Map<String, List<LabResult>> of(String personId) {
    return new TreeMap<>(byPerson.getOrDefault(personId, Map.of()));
  }
}
