package org.medtwin.generator.source.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;
import org.medtwin.generator.demographics.PlaceBook;

/** Writes a person's (noisy) demographics into a row of Synthea's {@code patients.csv}. */
public final class PatientsCsv {

  /** The header Synthea 3.3.0 writes for {@code patients.csv}. */
  public static final String HEADER =
      "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,"
          + "GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,"
          + "INCOME";

  private final Map<String, Integer> columns = new HashMap<>();
  private final int width;

  /**
   * Reads the column positions from a header line.
   *
   * @param header the first line of {@code patients.csv}
   */
  public PatientsCsv(String header) {
    List<String> names = Arrays.asList(header.split(",", -1));
    for (int i = 0; i < names.size(); i++) {
      columns.put(names.get(i), i);
    }
    width = names.size();
  }

  /**
   * Writes a new row for a person who exists only as demographics.
   *
   * @param id hospital B's patient id
   * @param copy hospital B's copy of the demographics
   * @return the row's cells
   */
  public String[] newRow(String id, Identity copy) {
    String[] row = new String[width];
    Arrays.fill(row, "");
    set(row, "Id", id);
    set(row, "GENDER", copy.sex());
    set(row, "STATE", PlaceBook.STATE_NAME);
    return apply(row, null, copy);
  }

  /**
   * Replaces the demographic cells of a Synthea row with hospital B's copy.
   *
   * @param row the row's cells, changed in place
   * @param truth the true demographics; cells that the copy leaves as true are kept as Synthea wrote them
   * @param copy hospital B's copy
   * @return the same row
   */
  public String[] apply(String[] row, Identity truth, Identity copy) {
    set(row, "FIRST", clean(copy.given()));
    set(row, "LAST", clean(copy.family()));
    set(row, "BIRTHDATE", copy.birthDate() == null ? "" : copy.birthDate().toString());
    Address address = copy.address();
    if (address == null) {
      for (String column : new String[] {"ADDRESS", "CITY", "COUNTY", "FIPS", "ZIP", "LAT", "LON"}) {
        set(row, column, "");
      }
    } else if (truth == null || !address.equals(truth.address())) {
      set(row, "ADDRESS", clean(address.line()));
      set(row, "CITY", clean(address.city()));
      set(row, "COUNTY", "");
      set(row, "FIPS", "");
      set(row, "ZIP", address.zip());
      set(row, "LAT", address.latitude());
      set(row, "LON", address.longitude());
    }
    return row;
  }

  private void set(String[] row, String column, String value) {
    Integer index = columns.get(column);
    if (index != null) {
      row[index] = value;
    }
  }

  private static String clean(String value) {
    return value == null ? "" : value.replace(',', ' ');
  }
}
