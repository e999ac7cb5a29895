package org.medtwin.fusion.export.omop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row for one OMOP table, built column by column; the row's id column is filled when it is
 * written.
 *
 * @param table the CDM table
 * @param values the columns set, by name
 */
record OmopRow(String table, Map<String, Object> values) {

  static OmopRow of(String table) {
    return new OmopRow(table, new LinkedHashMap<>());
  }

  OmopRow set(String column, Object value) {
    if (value != null) {
      values.put(column, value);
    }
    return this;
  }
}
