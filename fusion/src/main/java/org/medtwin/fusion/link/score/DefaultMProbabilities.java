package org.medtwin.fusion.link.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.compare.Comparison;

/**
 * The m probabilities shipped in {@code default-m.csv} (versioned; how they were made is in its
 * header): the prior EM shrinks m toward, so that a few dozen candidate pairs cannot decide m
 * alone.
 */
final class DefaultMProbabilities {

  private static final String RESOURCE = "default-m.csv";
  private static final Map<String, Map<Integer, Row>> TABLE = read();

  private record Row(String label, double m) {}

  private DefaultMProbabilities() {}

  /**
   * The default m per level of a comparison (the missing level's entry 1), or {@code null} when
   * the table has no row for one of its non-missing levels or a label differs: a comparison the
   * table was not made for gets no prior.
   */
  static double[] of(Comparison comparison) {
    Map<Integer, Row> rows = TABLE.get(comparison.name());
    List<String> labels = comparison.labels();
    if (rows == null || rows.size() != labels.size() - 1) {
      return null;
    }
    double[] m = new double[labels.size()];
    double total = 0;
    for (int l = 0; l < labels.size() - 1; l++) {
      Row row = rows.get(l);
      if (row == null || !row.label().equals(labels.get(l))) {
        return null;
      }
      m[l] = row.m();
      total += row.m();
    }
    for (int l = 0; l < labels.size() - 1; l++) {
      m[l] /= total;
    }
    m[labels.size() - 1] = 1.0;
    return m;
  }

  private static Map<String, Map<Integer, Row>> read() {
    Map<String, Map<Integer, Row>> table = new HashMap<>();
    try (InputStream in = DefaultMProbabilities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Lookup table " + RESOURCE + " is missing from the jar.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        // comparison,level,label,m: the label may hold commas, so split off both ends.
        int first = trimmed.indexOf(',');
        int second = trimmed.indexOf(',', first + 1);
        int last = trimmed.lastIndexOf(',');
        if (first < 0 || second < 0 || last <= second) {
          throw new IllegalStateException(RESOURCE + ": malformed row '" + trimmed + "'.");
        }
        double m = Double.parseDouble(trimmed.substring(last + 1));
        if (!(m > 0 && m <= 1)) {
          throw new IllegalStateException(RESOURCE + ": m outside (0, 1] in '" + trimmed + "'.");
        }
        table.computeIfAbsent(trimmed.substring(0, first), k -> new HashMap<>())
            .put(Integer.parseInt(trimmed.substring(first + 1, second)),
                new Row(trimmed.substring(second + 1, last), m));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ".", e);
    }
    return table;
  }

  /** The defaults of each comparison, {@code null} where the table has none. */
  static List<double[]> of(List<Comparison> comparisons) {
    List<double[]> priors = new ArrayList<>(comparisons.size());
    for (Comparison c : comparisons) {
      priors.add(of(c));
    }
    return priors;
  }
}
