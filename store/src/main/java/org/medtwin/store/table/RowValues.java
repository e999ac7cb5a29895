package org.medtwin.store.table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.coding.Coding;

/** Collects one row's values in column order, converting model types to the store's types. */
final class RowValues {

  private final List<Object> values = new ArrayList<>(32);

  RowValues text(String value) {
    values.add(value);
    return this;
  }

  RowValues date(LocalDate value) {
    values.add(value);
    return this;
  }

  RowValues time(Instant value) {
    values.add(value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    return this;
  }

  RowValues number(Double value) {
    values.add(value);
    return this;
  }

  RowValues integer(Integer value) {
    values.add(value);
    return this;
  }

  RowValues coding(Coding coding) {
    values.add(coding == null ? null : coding.system());
    values.add(coding == null ? null : coding.code());
    values.add(coding == null ? null : coding.display());
    return this;
  }

  Object[] toArray() {
    return values.toArray();
  }
}
