package org.medtwin.pharma.pkpd.data;

/** Typed access to the fields of one record, with errors that name the line and column. */
final class FieldReader {

  private final String[] fields;
  private final NonmemCsvReader.Header header;
  private final String source;
  private final long line;

  FieldReader(String[] fields, NonmemCsvReader.Header header, String source, long line) {
    this.fields = fields;
    this.header = header;
    this.source = source;
    this.line = line;
  }

  String text(String column) {
    Integer i = header.index.get(column);
    return i == null ? "" : fields[i];
  }

  /** The number in {@code column}; {@code missing} when the column is absent, empty or ".". */
  double number(String column, double missing) throws FieldException {
    String text = text(column);
    if (text.isEmpty() || text.equals(".")) {
      return missing;
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw error(column, "Value '" + text + "' is not a finite number.");
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(column, "Value '" + shorten(text) + "' is not a number."
          + (text.contains(":") ? " Maybe a clock time? Give hours as a number." : ""));
    }
  }

  int integer(String column, int missing) throws FieldException {
    double value = number(column, missing);
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw error(column, "Value '" + shorten(text(column)) + "' is not a whole number.");
    }
    return (int) value;
  }

  boolean flag(String column) throws FieldException {
    int value = integer(column, 0);
    if (value != 0 && value != 1) {
      throw error(column, column + " " + value + " is not 0 or 1.");
    }
    return value == 1;
  }

  FieldException error(String column, String message) {
    return new FieldException(new DataIssue(source, line, column, message));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
