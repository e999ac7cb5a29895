package org.medtwin.fusion.link.compare;

/**
 * Damerau–Levenshtein edit distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of adjacent characters each cost one, and no substring is
 * edited twice. That is the typist's-error model record linkage wants.
 */
public final class DamerauLevenshtein {

  private DamerauLevenshtein() {}

  /** The number of edits that turn {@code a} into {@code b}. */
  public static int distance(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int[] twoBack = new int[lb + 1];
    int[] previous = new int[lb + 1];
    int[] current = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          best = Math.min(best, twoBack[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return previous[lb];
  }

  /** Whether the distance is at most {@code limit}, skipping the work when lengths rule it out. */
  public static boolean within(String a, String b, int limit) {
    return Math.abs(a.length() - b.length()) <= limit && distance(a, b) <= limit;
  }
}
