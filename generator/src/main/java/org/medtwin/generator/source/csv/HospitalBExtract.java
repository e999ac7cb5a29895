package org.medtwin.generator.source.csv;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.medtwin.generator.demographics.Identity;

/**
 * Rewrites Synthea's CSV export as hospital B's extract: only B's patients, B's own patient ids in every
 * file, B's noisy demographics in {@code patients.csv}, and local lab codes and units in {@code observations.csv}.
 */
public final class HospitalBExtract {

  /**
   * One hospital B patient.
   *
   * @param recordId hospital B's id, e.g. {@code B0000042}
   * @param truth the demographics Synthea wrote
   * @param copy hospital B's noisy copy
   */
  public record Patient(String recordId, Identity truth, Identity copy) {}

  private final Map<String, Patient> byPersonId;
  private final LabCodeTable codes;

  /**
   * Creates the extract.
   *
   * @param byPersonId hospital B's patients by Synthea person id
   * @param codes hospital B's local lab codes
   */
  public HospitalBExtract(Map<String, Patient> byPersonId, LabCodeTable codes) {
    this.byPersonId = Map.copyOf(byPersonId);
    this.codes = codes;
  }

  /**
   * Rewrites every CSV file of Synthea's export folder into hospital B's folder.
   *
   * @param syntheaCsv Synthea's CSV folder
   * @param target hospital B's CSV folder
   * @throws IOException when a file cannot be read or written
   */
  public void write(Path syntheaCsv, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(syntheaCsv)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    for (Path file : files) {
      rewrite(file, target.resolve(file.getFileName().toString()));
    }
  }

  private void rewrite(Path source, Path target) throws IOException {
    String name = source.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        return;
      }
      out.write(headerLine);
      out.write('\n');
      String[] header = CsvLine.split(headerLine);
      int patientColumn = patientColumn(name, header);
      PatientsCsv patients = name.equals("patients.csv") ? new PatientsCsv(headerLine) : null;
      ObservationColumns observations = name.equals("observations.csv") ? new ObservationColumns(header) : null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (patientColumn < 0) {
          out.write(line);
          out.write('\n');
          continue;
        }
        String[] cells = CsvLine.split(line);
        Patient patient = byPersonId.get(cells[patientColumn]);
        if (patient == null) {
          continue;
        }
        cells[patientColumn] = patient.recordId();
        if (patients != null) {
          patients.apply(cells, patient.truth(), patient.copy());
        }
        if (observations != null) {
          observations.localize(cells, codes);
        }
        out.write(CsvLine.join(cells));
        out.write('\n');
      }
    }
  }

  private static int patientColumn(String file, String[] header) {
    if (file.equals("patients.csv")) {
      return CsvLine.column(header, "Id");
    }
    int column = CsvLine.column(header, "PATIENT");
    return column >= 0 ? column : CsvLine.column(header, "PATIENTID");
  }

  /** Column positions of {@code observations.csv} and the recoding of its laboratory rows. */
  private record ObservationColumns(int category, int code, int description, int value, int units) {

    ObservationColumns(String[] header) {
      this(CsvLine.column(header, "CATEGORY"), CsvLine.column(header, "CODE"), CsvLine.column(header, "DESCRIPTION"),
          CsvLine.column(header, "VALUE"), CsvLine.column(header, "UNITS"));
    }

    void localize(String[] cells, LabCodeTable codes) {
      if (!"laboratory".equals(cells[category])) {
        return;
      }
      LabCode local = codes.find(cells[code], cells[units], cells[description]);
      cells[code] = local.localCode();
      cells[description] = local.localDisplay();
      cells[value] = local.toLocal(cells[value]);
      cells[units] = local.localUnit();
    }
  }
}
