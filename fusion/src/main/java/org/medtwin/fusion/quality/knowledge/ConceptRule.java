package org.medtwin.fusion.quality.knowledge;

/**
 * A code that is implausible outside one sex or age band: {@code code} ending in {@code *} matches
 * every code with that prefix (ICD-10-CM chapters such as {@code O*}, pregnancy).
 */
public record ConceptRule(
    String table, String codeSystem, String code, String sex, double minAge, double maxAge, String name) {

  /** The SQL condition matching this rule's codes in columns {@code system} and {@code code}. */
  public String sqlMatch(String systemColumn, String codeColumn) {
    String system = systemColumn + " = '" + codeSystem.replace("'", "''") + "'";
    if (code.endsWith("*")) {
      return "(" + system + " AND " + codeColumn + " LIKE '" + code.substring(0, code.length() - 1).replace("'", "''") + "%')";
    }
    return "(" + system + " AND " + codeColumn + " = '" + code.replace("'", "''") + "')";
  }
}
