package org.medtwin.fusion.impute;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills a missing value with the same person's last earlier observation, if it is recent enough. */
final class LastObservationCarriedForward {

  private LastObservationCarriedForward() {}

  /** Fills {@code column} of {@code filled}, reading observations from {@code table}. */
  static void fill(AnalysisTable table, int column, Duration maxAge, double[][] filled, List<ImputedCell> imputed) {
    Map<String, List<Integer>> byPerson = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      RowKey key = table.rows().get(r);
      if (key.time() == null) {
        throw new IllegalArgumentException(
            "Carry-forward of '" + table.variables().get(column).name() + "' needs a time on every row;"
                + " row " + r + " (person " + key.personId() + ") has none.");
      }
      byPerson.computeIfAbsent(key.personId(), p -> new ArrayList<>()).add(r);
    }
    String name = table.variables().get(column).name();
    for (List<Integer> rows : byPerson.values()) {
      rows.sort(Comparator.comparing((Integer r) -> table.rows().get(r).time()).thenComparing(r -> r));
      Integer last = null;
      for (int r : rows) {
        if (!table.missing(r, column)) {
          last = r;
          continue;
        }
        // Only an observed value is carried, never an imputed one, so age counts from the measurement.
        if (last != null
            && Duration.between(table.rows().get(last).time(), table.rows().get(r).time()).compareTo(maxAge) <= 0) {
          filled[r][column] = table.value(last, column);
          imputed.add(new ImputedCell(r, name, filled[r][column], "locf"));
        }
      }
    }
  }
}
