package org.medtwin.generator.noise;

import java.util.random.RandomGenerator;

/** One keyboard slip in a name: a letter inserted, deleted, substituted, or two neighbours transposed. */
public final class Typo {

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private Typo() {}

  /** The name with {@code letter} inserted before position {@code at} (0..length). */
  public static String insert(String name, int at, char letter) {
    return name.substring(0, at) + letter + name.substring(at);
  }

  /** The name without the letter at position {@code at}. */
  public static String delete(String name, int at) {
    return name.substring(0, at) + name.substring(at + 1);
  }

  /** The name with the letter at position {@code at} replaced by {@code letter}. */
  public static String substitute(String name, int at, char letter) {
    return name.substring(0, at) + letter + name.substring(at + 1);
  }

  /** The name with the letters at {@code at} and {@code at + 1} swapped. */
  public static String transpose(String name, int at) {
    char[] chars = name.toCharArray();
    char first = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = first;
    return new String(chars);
  }

  /**
   * Applies exactly one random edit that changes the name (the result is at edit distance 1 from it,
   * counting a transposition as one edit).
   *
   * @param name a name of at least two letters; shorter names come back unchanged
   * @param random the copy's random stream
   * @return the misspelt name
   */
  public static String random(String name, RandomGenerator random) {
    if (name.length() < 2) {
      return name;
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      String result = switch (random.nextInt(4)) {
        case 0 -> insert(name, 1 + random.nextInt(name.length() - 1), letter(random));
        case 1 -> delete(name, 1 + random.nextInt(name.length() - 1));
        case 2 -> substitute(name, 1 + random.nextInt(name.length() - 1), letter(random));
        default -> transpose(name, random.nextInt(name.length() - 1));
      };
      if (!result.equals(name)) {
        return result;
      }
    }
    return delete(name, name.length() - 1);
  }

  private static char letter(RandomGenerator random) {
    return LETTERS.charAt(random.nextInt(LETTERS.length()));
  }
}
