package org.medtwin.generator.source.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Hospital B's fixed table of local lab codes (resource {@code hospital-b-lab-codes.csv}), keyed by LOINC code and unit. */
public final class LabCodeTable {

  /** Hospital B's local code system. */
  public static final String LOCAL_SYSTEM = "urn:medtwin:hospital-b:lab";

  private final List<LabCode> codes;
  private final Map<String, LabCode> byLoincAndUnit;

  private LabCodeTable(List<LabCode> codes) {
    this.codes = List.copyOf(codes);
    Map<String, LabCode> index = new HashMap<>();
    for (LabCode code : codes) {
      index.put(code.loinc() + " " + code.loincUnit(), code);
    }
    this.byLoincAndUnit = Map.copyOf(index);
  }

  /**
   * Loads the table shipped with the generator.
   *
   * @return the table
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static LabCodeTable load() {
    List<LabCode> codes = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(LabCodeTable.class.getResourceAsStream("hospital-b-lab-codes.csv")),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] c = line.split(",", -1);
        String[] multiplier = c[5].split("/");
        codes.add(new LabCode(
            c[0],
            c[1],
            c[8],
            c[2],
            c[3],
            c[4],
            new BigDecimal(multiplier[0]),
            multiplier.length > 1 ? new BigDecimal(multiplier[1]) : BigDecimal.ONE,
            c[6].isEmpty() ? -1 : Integer.parseInt(c[6]),
            Boolean.parseBoolean(c[7])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read hospital-b-lab-codes.csv from the generator jar", e);
    }
    return new LabCodeTable(codes);
  }

  /**
   * The local code for a LOINC code in a unit; a code missing from the table gets an unmapped fallback
   * {@code X<loinc>} so that no result is dropped.
   *
   * @param loinc LOINC code
   * @param unit Synthea's unit
   * @param display Synthea's display name
   * @return the local code
   */
  public LabCode find(String loinc, String unit, String display) {
    LabCode code = byLoincAndUnit.get(loinc + " " + unit);
    if (code != null) {
      return code;
    }
    return new LabCode(loinc, unit, display, "X" + loinc, display, unit, BigDecimal.ONE, BigDecimal.ONE, -1, false);
  }

  /** Every code in table order. */
  public List<LabCode> all() {
    return codes;
  }
}
