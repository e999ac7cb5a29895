package org.medtwin.fusion.link.compare;

/**
 * Jaro–Winkler similarity as Winkler (1990) defines it: Jaro's matching characters within half
 * the longer length, transpositions halved, and a boost of 0.1 per common prefix character (at
 * most four).
 */
public final class JaroWinkler {

  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;

  private JaroWinkler() {}

  /** The similarity in [0, 1]; 1 for equal strings, 0 when either is empty and they differ. */
  public static double similarity(String a, String b) {
    double jaro = jaro(a, b);
    int prefix = 0;
    int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }

  /** Jaro's similarity without the prefix boost. */
  public static double jaro(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int outOfOrder = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          outOfOrder++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - outOfOrder / 2.0) / m) / 3.0;
  }
}
