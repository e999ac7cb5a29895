package org.medtwin.fusion.source.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one decoded CSV row into its fields, following RFC 4180 quoting. */
public final class CsvLine {

  private CsvLine() {}

  /**
   * The fields of a row: a field in double quotes may hold the delimiter, line breaks and doubled
   * quotes ({@code ""} for one {@code "}); unquoted fields are taken as written.
   *
   * @throws IllegalArgumentException when a quoted field is never closed
   */
  public static List<String> split(String row, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < row.length()) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < row.length() && row.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && (field.length() == 0 && !wasQuoted)) {
        quoted = true;
        wasQuoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException(
          "Column " + (fields.size() + 1) + " opens a quote that is never closed.");
    }
    fields.add(field.toString());
    return fields;
  }
}
