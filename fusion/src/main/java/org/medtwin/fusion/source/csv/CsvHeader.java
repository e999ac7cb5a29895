package org.medtwin.fusion.source.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a CSV file, in order, with a lookup from name to position. */
record CsvHeader(List<String> names, Map<String, Integer> positions) {

  static CsvHeader of(List<String> names) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      positions.putIfAbsent(names.get(i).trim(), i);
    }
    return new CsvHeader(List.copyOf(names), Map.copyOf(positions));
  }

  boolean has(String column) {
    return positions.containsKey(column);
  }

  int size() {
    return names.size();
  }
}
