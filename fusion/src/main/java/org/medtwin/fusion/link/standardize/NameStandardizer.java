package org.medtwin.fusion.link.standardize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Standardizes person names: case, accents, punctuation and titles ({@code name-titles.txt}). */
public final class NameStandardizer {

  private final Set<String> titles;

  private NameStandardizer(Set<String> titles) {
    this.titles = titles;
  }

  /** The standardizer with the shipped title list. */
  public static NameStandardizer standard() {
    Set<String> titles = new HashSet<>();
    for (String[] row : ResourceTable.rows("name-titles.txt", 1, false)) {
      titles.add(row[0]);
    }
    return new NameStandardizer(titles);
  }

  /**
   * A name part without titles: {@code "Dr. José  María"} becomes {@code "jose maria"}.
   *
   * @return the standardized text, or {@code null} when nothing but titles or punctuation is left
   */
  public String standardize(String name) {
    String cleaned = TextCleaner.clean(name);
    if (cleaned == null) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String word : cleaned.split(" ")) {
      if (!titles.contains(word)) {
        kept.add(word);
      }
    }
    return kept.isEmpty() ? null : String.join(" ", kept);
  }

  /** The first word of a standardized given-name text: the given name that linkage compares. */
  public String firstGiven(String given) {
    String standardized = standardize(given);
    if (standardized == null) {
      return null;
    }
    int space = standardized.indexOf(' ');
    return space < 0 ? standardized : standardized.substring(0, space);
  }
}
