package org.medtwin.generator.demographics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** Given names, family names and street types read from Synthea's own {@code names.yml} resource. */
public final class NameBook {

  private final Map<String, List<String>> lists;

  private NameBook(Map<String, List<String>> lists) {
    this.lists = lists;
  }

  /**
   * Reads {@code names.yml} from the Synthea jar on the classpath.
   *
   * @return the name book
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static NameBook load() {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    String section = "";
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    NameBook.class.getClassLoader().getResourceAsStream("names.yml"),
                    "Synthea's names.yml is not on the classpath"),
                StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith(" ") && line.endsWith(":")) {
          section = line.substring(0, line.length() - 1).trim();
        } else if (line.contains(": [") && line.trim().endsWith("]")) {
          String key = line.substring(0, line.indexOf(':')).trim();
          String body = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
          List<String> names = new ArrayList<>();
          for (String name : body.split(",")) {
            if (!name.isBlank()) {
              names.add(name.trim());
            }
          }
          lists.put(section + "." + key, List.copyOf(names));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Synthea's names.yml", e);
    }
    return new NameBook(Map.copyOf(lists));
  }

  /** A given name for the sex ({@code M} or {@code F}); about one in six from the Spanish list. */
  public String given(String sex, RandomGenerator random) {
    return pick(language(random) + "." + ("F".equals(sex) ? "F" : "M"), random);
  }

  /** A family name; about one in six from the Spanish list. */
  public String family(RandomGenerator random) {
    return pick(language(random) + ".family", random);
  }

  /** A street type such as {@code Road} or {@code Lane}. */
  public String streetType(RandomGenerator random) {
    return pick("street.type", random);
  }

  private static String language(RandomGenerator random) {
    return random.nextInt(6) == 0 ? "spanish" : "english";
  }

  private String pick(String key, RandomGenerator random) {
    List<String> names = lists.get(key);
    if (names == null || names.isEmpty()) {
      throw new IllegalStateException("Synthea's names.yml has no list '" + key + "'");
    }
    return names.get(random.nextInt(names.size()));
  }
}
