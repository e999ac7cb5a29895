package org.medtwin.generator.source.hl7;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The laboratory's normal ranges by LOINC code and unit (resource {@code lab-reference-ranges.csv}). */
public final class ReferenceRanges {

  private final Map<String, ReferenceRange> byCodeAndUnit;

  private ReferenceRanges(Map<String, ReferenceRange> byCodeAndUnit) {
    this.byCodeAndUnit = byCodeAndUnit;
  }

  /**
   * Loads the table shipped with the generator.
   *
   * @return the table
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static ReferenceRanges load() {
    Map<String, ReferenceRange> table = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(ReferenceRanges.class.getResourceAsStream("lab-reference-ranges.csv")),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        if (cells.length >= 4) {
          table.put(cells[0] + " " + cells[1], new ReferenceRange(new BigDecimal(cells[2]), new BigDecimal(cells[3])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lab-reference-ranges.csv from the generator jar", e);
    }
    return new ReferenceRanges(Map.copyOf(table));
  }

  /** The normal range of a LOINC code in a unit, if the laboratory has one. */
  public Optional<ReferenceRange> of(String loinc, String unit) {
    return Optional.ofNullable(byCodeAndUnit.get(loinc + " " + unit));
  }
}
