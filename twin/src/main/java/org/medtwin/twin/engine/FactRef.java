package org.medtwin.twin.engine;

/**
 * Where a twin's fact came from: one row of a store table.
 *
 * @param table the fact table, e.g. observation
 * @param source the source system
 * @param id the row's id within the source
 */
public record FactRef(String table, String source, String id) {

  @Override
  public String toString() {
    return table + ":" + source + ":" + id;
  }
}
