package org.medtwin.cli.governance;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import org.medtwin.core.coding.Coding;

/**
 * Everything a record says, as one text to search: every component, nested records and lists
 * included, except the display texts of codes (vocabulary such as "White blood cells", not data
 * about a person, and a false hit for a surname like White).
 */
final class RecordText {

  private RecordText() {}

  static String of(Object value) {
    StringBuilder text = new StringBuilder();
    append(text, value);
    return text.toString();
  }

  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Coding coding) {
      text.append(coding.system()).append('|').append(coding.code()).append(' ');
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> append(text, item));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          append(text, component.getAccessor().invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else {
      text.append(value).append(' ');
    }
  }
}
