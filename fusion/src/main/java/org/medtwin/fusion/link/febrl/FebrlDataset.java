package org.medtwin.fusion.link.febrl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;

/**
 * One FEBRL synthetic data file read as person records, with the ground truth its record ids
 * encode ({@code rec-N-org}, {@code rec-N-dup-k}: entity N).
 *
 * @param records the standardized records, in file order
 * @param truth the true entity ({@code rec-N}) of every record
 */
public record FebrlDataset(List<PersonRecord> records, Map<RecordKey, String> truth) {

  /** The assigning authority given to FEBRL's {@code soc_sec_id} column. */
  public static final String SOCIAL_SECURITY = "febrl-soc-sec-id";

  private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");
  private static final String HEADER =
      "rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,"
          + "date_of_birth,soc_sec_id";

  public FebrlDataset {
    records = List.copyOf(records);
    truth = Map.copyOf(truth);
  }

  /**
   * Reads a FEBRL CSV: comma-and-space separated, no quotes, CRLF or LF lines, empty values
   * missing; postcodes, dates and ids stay strings (leading zeros).
   *
   * @param source the source name the records get, e.g. {@code febrl4a}
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the header or a row is not FEBRL's, naming the line
   */
  public static FebrlDataset read(Path file, String source, Standardizer standardizer)
      throws IOException {
    List<PersonRecord> records = new ArrayList<>();
    Map<RecordKey, String> truth = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      String header = reader.readLine();
      if (header == null || !header.replace(" ", "").strip().equals(HEADER)) {
        throw new IllegalArgumentException(
            file.getFileName() + " line 1 is not the FEBRL header '" + HEADER + "'.");
      }
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != 11) {
          throw new IllegalArgumentException(
              file.getFileName() + " line " + lineNumber + " has " + cells.length
                  + " fields, expected 11.");
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        Matcher id = REC_ID.matcher(cells[0]);
        if (!id.matches()) {
          throw new IllegalArgumentException(
              file.getFileName() + " line " + lineNumber + ": record id '" + cells[0]
                  + "' is not rec-N-org or rec-N-dup-k.");
        }
        PersonRecord person = person(source, cells, standardizer);
        records.add(person);
        truth.put(person.key(), "rec-" + id.group(1));
      }
    }
    return new FebrlDataset(records, truth);
  }

  private static PersonRecord person(String source, String[] c, Standardizer standardizer) {
    PersonIdentifier ssid = standardizer.identifier(SOCIAL_SECURITY, c[10]);
    return new PersonRecord(
        source,
        c[0],
        List.of(standardizer.name(c[1], c[2])),
        BirthDate.parse(c[9]),
        Sex.UNKNOWN,
        List.of(standardizer.addresses().address(c[3], c[4], c[5], c[6], c[7], c[8])),
        List.of(),
        ssid == null ? List.of() : List.of(ssid));
  }
}
