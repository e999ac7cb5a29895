package org.medtwin.fusion.source.csv;

/** Turns the rows of one kind of CSV file into clinical records. */
interface CsvRowMapper {

  /** The column holding each row's own id, or {@code null} when rows have none. */
  String idColumn();

  /**
   * Maps one row.
   *
   * @param row the decoded row
   * @param factId the id the row's fact gets: its id column's value, or the record key when the
   *     file has no id column
   * @throws RowRejectedException or IllegalArgumentException (from the model's constructors) when
   *     the row cannot be accepted; the message is the reason
   */
  MappedRow map(CsvRow row, String factId);
}
