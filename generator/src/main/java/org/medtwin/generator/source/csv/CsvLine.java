package org.medtwin.generator.source.csv;

/** Splits and joins lines of Synthea's CSV files, which never quote: Synthea strips commas from values. */
public final class CsvLine {

  private CsvLine() {}

  /** The cells of a line, keeping empty trailing cells. */
  public static String[] split(String line) {
    return line.split(",", -1);
  }

  /** The line of some cells. */
  public static String join(String[] cells) {
    return String.join(",", cells);
  }

  /** The position of a column in a header, or -1. */
  public static int column(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
