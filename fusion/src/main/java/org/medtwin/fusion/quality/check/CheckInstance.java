package org.medtwin.fusion.quality.check;

import java.util.Objects;

/**
 * One check type applied to one table, field or concept, e.g. {@code
 * plausibility.event_before_birth@observation.effective}.
 */
public record CheckInstance(CheckType type, String table, String field, Probe probe) {

  public CheckInstance {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(probe, "probe");
  }

  /** The instance id: the type's id, then {@code @table.field} or {@code @table}. */
  public String id() {
    if (table == null) {
      return type.id();
    }
    return type.id() + "@" + table + (field == null ? "" : "." + field);
  }
}
