package org.medtwin.pharma.pkpd.data;

/**
 * A problem found in one record (or the whole file) of a dataset, with where it is and what to do.
 *
 * @param file the file name as given by the caller
 * @param line 1-based line number, 0 for the whole file
 * @param column the column header concerned, or "" for the whole record
 * @param message what is wrong and a "Maybe ..." hint where one helps
 */
public record DataIssue(String file, long line, String column, String message) {

  /** One line for a person: "data.csv line 12, column AMT: ...". */
  public String describe() {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(" line ").append(line);
    }
    if (!column.isEmpty()) {
      where.append(", column ").append(column);
    }
    return where + ": " + message;
  }
}
