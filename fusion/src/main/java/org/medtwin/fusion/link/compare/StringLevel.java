package org.medtwin.fusion.link.compare;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * The same primary Double Metaphone code (sounds alike). Codes are cached per value: encoding is
   * the costliest step of a name comparison, and names repeat across millions of pairs.
   */
  record SamePhonetic() implements StringLevel {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final int CACHE_LIMIT = 1 << 20;
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    @Override
    public String label() {
      return "double metaphone";
    }

    @Override
    public boolean holds(String a, String b) {
      return Objects.equals(code(a), code(b));
    }

    /** The primary code, as {@link DoubleMetaphone#isDoubleMetaphoneEqual} compares it. */
    private static String code(String value) {
      String code = CODES.get(value);
      if (code == null) {
        code = METAPHONE.doubleMetaphone(value, false);
        if (CODES.size() < CACHE_LIMIT && code != null) {
          CODES.put(value, code);
        }
      }
      return code;
    }
  }
}
