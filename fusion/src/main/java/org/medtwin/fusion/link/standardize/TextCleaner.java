package org.medtwin.fusion.link.standardize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-cases text, removes accents and turns punctuation into single spaces. */
final class TextCleaner {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private TextCleaner() {}

  /** {@code "O'Brien-Núñez "} becomes {@code "obrien nunez"}; blank becomes {@code null}. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    // Apostrophes join (o'brien = obrien); other punctuation separates words.
    plain = APOSTROPHES.matcher(plain).replaceAll("");
    String spaced = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    return spaced.isEmpty() ? null : spaced;
  }
}
