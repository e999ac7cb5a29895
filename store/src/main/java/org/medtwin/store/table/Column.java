package org.medtwin.store.table;

/**
 * One column of a store table.
 *
 * @param name the column's SQL name
 * @param type its type
 */
public record Column(String name, ColumnType type) {}
