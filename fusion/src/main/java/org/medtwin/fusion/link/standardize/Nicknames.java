package org.medtwin.fusion.link.standardize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The nickname table ({@code nicknames.csv}): which given names are the same name. */
public final class Nicknames {

  private final Map<String, Set<String>> formalNames;

  private Nicknames(Map<String, Set<String>> formalNames) {
    this.formalNames = formalNames;
  }

  /** The table shipped with MedTwin. */
  public static Nicknames standard() {
    Map<String, Set<String>> formal = new HashMap<>();
    for (String[] row : ResourceTable.rows("nicknames.csv", 2, true)) {
      formal.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
      formal.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[1]);
    }
    return new Nicknames(formal);
  }

  /** A table from explicit {@code nickname, formal} pairs, for tests and site extensions. */
  public static Nicknames of(List<String[]> pairs) {
    Map<String, Set<String>> formal = new HashMap<>();
    for (String[] pair : pairs) {
      formal.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
      formal.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[1]);
    }
    return new Nicknames(formal);
  }

  /** Whether two standardized given names share a formal name ({@code bill} and {@code will}). */
  public boolean equivalent(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    Set<String> left = formalNames.get(a);
    Set<String> right = formalNames.get(b);
    if (left == null || right == null) {
      return false;
    }
    for (String name : left) {
      if (right.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The number of distinct names the table knows. */
  public int size() {
    return formalNames.size();
  }
}
