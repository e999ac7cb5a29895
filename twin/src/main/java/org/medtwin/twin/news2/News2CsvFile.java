package org.medtwin.twin.news2;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a CSV of vital signs row by row: the output keeps every input column and adds the seven
 * sub-scores, the total, the clinical risk and an {@code error} column that holds, for a row that
 * could not be scored, the reason instead of a score. A bad row never stops the rest.
 */
public final class News2CsvFile {

  /** The input columns, in the order the issue names them. */
  public static final List<String> INPUT_COLUMNS = VitalSignsColumns.NAMES;

  /** The columns added to the output. */
  public static final List<String> SCORE_COLUMNS = List.of(
      "score_resp_rate", "score_spo2", "score_air_oxygen", "score_systolic_bp", "score_pulse",
      "score_consciousness", "score_temperature", "news2_total", "clinical_risk", "error");

  private final News2Scorer scorer;

  public News2CsvFile(News2Scorer scorer) {
    this.scorer = scorer;
  }

  /** How many rows were read, scored and rejected. */
  public record Summary(long rows, long scored, long rejected) {}

  /**
   * Reads rows from {@code in}, writes them with their scores to {@code out}.
   *
   * @param source the input's name, for messages
   * @throws News2CsvException if the header lacks a required column
   */
  public Summary score(Reader in, Writer out, String source) {
    CSVFormat inFormat = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(in, inFormat)) {
      List<String> header = checkHeader(parser.getHeaderNames(), source);
      List<String> outHeader = new ArrayList<>(header);
      outHeader.addAll(SCORE_COLUMNS);
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
      printer.printRecord(outHeader);
      long rows = 0;
      long rejected = 0;
      for (CSVRecord record : parser) {
        rows++;
        List<String> cells = new ArrayList<>(outHeader.size());
        for (int i = 0; i < header.size(); i++) {
          cells.add(i < record.size() ? record.get(i) : "");
        }
        if (!appendScore(record, cells, source)) {
          rejected++;
        }
        printer.printRecord(cells);
      }
      printer.flush();
      return new Summary(rows, rows - rejected, rejected);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new News2CsvException(source + " is not UTF-8 text. Maybe save it as UTF-8 CSV?");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new News2CsvException(source + " is not UTF-8 text. Maybe save it as UTF-8 CSV?");
      }
      throw new News2CsvException(source + " could not be read as CSV: " + e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new News2CsvException(source + " could not be read as CSV: " + e.getMessage());
    }
  }

  private List<String> checkHeader(List<String> header, String source) {
    List<String> missing = new ArrayList<>();
    for (String column : INPUT_COLUMNS) {
      if (!header.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new News2CsvException(source + " lacks the column(s) " + String.join(", ", missing)
          + ". Maybe the header is not " + String.join(",", INPUT_COLUMNS) + "?");
    }
    for (String column : SCORE_COLUMNS) {
      if (header.contains(column)) {
        throw new News2CsvException(source + " already has a column '" + column
            + "'. Maybe it is an output of news2 score? Score the original input instead.");
      }
    }
    return header;
  }

  /** Adds the score cells, or the error cell; says whether the row was scored. */
  private boolean appendScore(CSVRecord record, List<String> cells, String source) {
    List<String> problems = new ArrayList<>();
    VitalSigns vitals = VitalSignsColumns.parse(record.toMap(), problems);
    News2Assessment assessment = vitals == null ? null : scorer.assess(vitals);
    if (assessment instanceof RejectedVitalSigns) {
      problems.addAll(((RejectedVitalSigns) assessment).reasons());
    }
    if (!problems.isEmpty()) {
      for (int i = 0; i < SCORE_COLUMNS.size() - 1; i++) {
        cells.add("");
      }
      cells.add(source + " line " + record.getParser().getCurrentLineNumber() + ": " + String.join("; ", problems));
      return false;
    }
    News2Score score = (News2Score) assessment;
    cells.addAll(List.of(
        Integer.toString(score.respRate()), Integer.toString(score.spo2()), Integer.toString(score.airOrOxygen()),
        Integer.toString(score.systolicBp()), Integer.toString(score.pulse()),
        Integer.toString(score.consciousness()), Integer.toString(score.temperature()),
        Integer.toString(score.total()), score.risk().name(), ""));
    return true;
  }

}
