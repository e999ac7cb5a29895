package org.medtwin.fusion.link.compare;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.medtwin.fusion.link.standardize.Nicknames;

/** One agreement level of a text field: the test two standardized values pass to reach it. */
public sealed interface StringLevel {

  /** The level's label in explanations. */
  String label();

  /** Whether two non-null standardized values reach this level. */
  boolean holds(String a, String b);

  /** Equal values. */
  record Exact() implements StringLevel {
    @Override
    public String label() {
      return "exact";
    }

    @Override
    public boolean holds(String a, String b) {
      return a.equals(b);
    }
  }

  /** Given names that share a formal name in the nickname table. */
  record Nickname(Nicknames table) implements StringLevel {
    @Override
    public String label() {
      return "nickname";
    }

    @Override
    public boolean holds(String a, String b) {
      return table.equivalent(a, b);
    }
  }

  /** At most {@code edits} Damerau–Levenshtein edits apart. */
  record WithinEdits(int edits) implements StringLevel {
    @Override
    public String label() {
      return "damerau-levenshtein <= " + edits;
    }

    @Override
    public boolean holds(String a, String b) {
      return DamerauLevenshtein.within(a, b, edits);
    }
  }

  /** Jaro–Winkler similarity at least {@code threshold}. */
  record JaroWinklerAtLeast(double threshold) implements StringLevel {
    @Override
    public String label() {
      return "jaro-winkler >= " + threshold;
    }

    @Override
    public boolean holds(String a, String b) {
      return JaroWinkler.similarity(a, b) >= threshold;
    }
  }

  /** The same primary Double Metaphone code (sounds alike). */
  record SamePhonetic() implements StringLevel {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    @Override
    public String label() {
      return "double metaphone";
    }

    @Override
    public boolean holds(String a, String b) {
      return METAPHONE.isDoubleMetaphoneEqual(a, b);
    }
  }
}
