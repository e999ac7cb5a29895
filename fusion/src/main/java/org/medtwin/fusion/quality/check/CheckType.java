package org.medtwin.fusion.quality.check;

import java.util.Objects;

/**
 * A parameterised quality rule, instantiated per table, field or concept: its id is {@code
 * category.name}, e.g. {@code plausibility.event_before_birth}.
 */
public record CheckType(String name, Category category, Context context, Level level, String description) {

  public CheckType {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(level, "level");
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Check type name '" + name + "' must be lower_snake_case.");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("Check type " + name + " needs a description.");
    }
  }

  /** The check type's id, {@code category.name}. */
  public String id() {
    return category.label() + "." + name;
  }
}
