package org.medtwin.fusion.link.standardize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the versioned lookup tables shipped beside this package: '#' comments, then rows. */
final class ResourceTable {

  private ResourceTable() {}

  /** The rows of a resource, each split on commas, without comments, blanks and the header. */
  static List<String[]> rows(String resource, int columns, boolean header) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = ResourceTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Lookup table " + resource + " is missing from the jar.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean headerPending = header;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (headerPending) {
          headerPending = false;
          continue;
        }
        String[] cells = trimmed.split(",", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(
              resource + " line " + lineNumber + " has " + cells.length + " columns, expected "
                  + columns + ": '" + trimmed + "'.");
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lookup table " + resource + ".", e);
    }
    return rows;
  }
}
