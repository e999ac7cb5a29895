package org.medtwin.twin.ranking;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.medtwin.pharma.pkpd.dosing.Regimen;

/**
 * Reads candidate treatments from CSV: {@code drug,route,dose_mg,interval_h,infusion_h} (route bolus,
 * infusion or oral; infusion_h only for infusions). Bad rows come back with reasons; the rest is read.
 */
public final class CandidateFile {

  /** The columns. */
  public static final List<String> COLUMNS = List.of("drug", "route", "dose_mg", "interval_h", "infusion_h");

  /**
   * What was read.
   *
   * @param candidates the good rows
   * @param problems one message per bad row, with its line
   */
  public record Contents(List<Candidate> candidates, List<String> problems) {}

  private CandidateFile() {}

  /**
   * Reads every row.
   *
   * @throws FormularyException if the header lacks a column or the file is not CSV text
   */
  public static Contents read(Reader in, String source) {
    List<Candidate> candidates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get())) {
      List<String> missing = new ArrayList<>(COLUMNS.subList(0, 4));
      missing.removeAll(parser.getHeaderNames());
      if (!missing.isEmpty()) {
        throw new FormularyException(source + " lacks the column(s) " + String.join(", ", missing)
            + ". Maybe the header is not " + String.join(",", COLUMNS) + "?");
      }
      for (CSVRecord record : parser) {
        String line = source + " line " + parser.getCurrentLineNumber();
        try {
          candidates.add(candidate(record, "line " + parser.getCurrentLineNumber()));
        } catch (IllegalArgumentException e) {
          problems.add(line + ": " + e.getMessage());
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new FormularyException(source + " is not UTF-8 text. Maybe save it as UTF-8 CSV?");
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new FormularyException(source + " could not be read as CSV: " + e.getMessage());
    }
    return new Contents(candidates, problems);
  }

  private static Candidate candidate(CSVRecord record, String id) {
    String drug = record.isMapped("drug") && record.isSet("drug") ? record.get("drug").trim().toLowerCase(Locale.ROOT) : "";
    if (drug.isEmpty()) {
      throw new IllegalArgumentException("drug is missing");
    }
    String route = cell(record, "route").toLowerCase(Locale.ROOT);
    double dose = number(record, "dose_mg");
    double interval = number(record, "interval_h");
    if (!(dose > 0 && dose <= 100_000)) {
      throw new IllegalArgumentException("dose_mg " + cell(record, "dose_mg") + " is not a dose in mg (0-100000)");
    }
    if (!(interval > 0 && interval <= 24 * 14)) {
      throw new IllegalArgumentException("interval_h " + cell(record, "interval_h") + " is not 0-336 hours");
    }
    Regimen regimen;
    switch (route) {
      case "infusion":
        double duration = number(record, "infusion_h");
        if (!(duration > 0 && duration <= interval)) {
          throw new IllegalArgumentException("infusion_h " + cell(record, "infusion_h")
              + " must be above 0 and at most the interval " + interval + " h");
        }
        regimen = Regimen.infusion(dose, interval, duration);
        break;
      case "bolus":
        regimen = Regimen.bolus(dose, interval);
        break;
      case "oral":
        regimen = Regimen.oral(dose, interval);
        break;
      default:
        throw new IllegalArgumentException("route '" + route + "' is not bolus, infusion or oral");
    }
    return new Candidate(id, drug, regimen);
  }

  private static String cell(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
  }

  private static double number(CSVRecord record, String column) {
    String text = cell(record, column);
    if (!text.matches("[0-9]{1,9}(\\.[0-9]{1,9})?")) {
      throw new IllegalArgumentException(column + " '" + (text.length() > 30 ? text.substring(0, 30) + "..." : text)
          + "' is not a number");
    }
    return Double.parseDouble(text);
  }
}
