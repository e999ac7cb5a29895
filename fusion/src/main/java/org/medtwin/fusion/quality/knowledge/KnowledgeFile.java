package org.medtwin.fusion.quality.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medtwin.fusion.quality.QualityException;

/**
 * Reads one of the bundled clinical knowledge tables: comma-separated, a header line, {@code #}
 * lines for the file's version and sources; a row with the wrong number of columns stops the load
 * with the file and line.
 */
final class KnowledgeFile {

  /** One data row, with its line number for error messages. */
  record Row(String file, int line, List<String> cells) {
    String cell(int index) {
      return cells.get(index).strip();
    }

    double number(int index, String column) {
      try {
        return Double.parseDouble(cell(index));
      } catch (NumberFormatException e) {
        throw fail(column + " '" + cell(index) + "' is not a number");
      }
    }

    QualityException fail(String problem) {
      return new QualityException(file + " line " + line + ": " + problem + ".");
    }
  }

  private KnowledgeFile() {}

  static List<Row> read(String name, List<String> header) {
    String path = "/org/medtwin/fusion/quality/" + name;
    try (InputStream in = KnowledgeFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new QualityException("The bundled " + name + " is missing from the MedTwin build.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      boolean headerSeen = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split(",", -1));
        if (!headerSeen) {
          if (!cells.equals(header)) {
            throw new QualityException(name + " line " + lineNumber + ": header must be " + String.join(",", header) + ".");
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != header.size()) {
          throw new QualityException(name + " line " + lineNumber + ": has " + cells.size() + " columns but the header has "
              + header.size() + ". Maybe a comma inside a name?");
        }
        rows.add(new Row(name, lineNumber, cells));
      }
      if (rows.isEmpty()) {
        throw new QualityException(name + " has no rows.");
      }
      return rows;
    } catch (IOException e) {
      throw new QualityException("Cannot read the bundled " + name + ": " + e.getMessage(), e);
    }
  }
}
