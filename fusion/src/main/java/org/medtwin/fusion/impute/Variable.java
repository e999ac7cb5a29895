package org.medtwin.fusion.impute;

/**
 * A column of an analysis table.
 *
 * @param name the variable's name, e.g. {@code hba1c}
 * @param kind numeric or categorical
 */
public record Variable(String name, VariableKind kind) {

  public Variable {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A variable needs a name.");
    }
  }

  /** A numeric variable. */
  public static Variable numeric(String name) {
    return new Variable(name, VariableKind.NUMERIC);
  }

  /** A categorical variable. */
  public static Variable categorical(String name) {
    return new Variable(name, VariableKind.CATEGORICAL);
  }
}
