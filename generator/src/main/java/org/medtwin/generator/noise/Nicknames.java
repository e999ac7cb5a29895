package org.medtwin.generator.noise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The table of given names and their nicknames (resource {@code nicknames.csv}), e.g. William to Bill or Will. */
public final class Nicknames {

  private final Map<String, List<String>> byGiven;

  private Nicknames(Map<String, List<String>> byGiven) {
    this.byGiven = byGiven;
  }

  /**
   * Loads the table shipped with the generator.
   *
   * @return the table
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static Nicknames load() {
    Map<String, List<String>> table = new TreeMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(Nicknames.class.getResourceAsStream("nicknames.csv")),
                StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split(",", 2);
        table.put(parts[0].trim(), List.copyOf(Arrays.asList(parts[1].trim().split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read nicknames.csv from the generator jar", e);
    }
    return new Nicknames(Map.copyOf(table));
  }

  /** The nicknames of a given name, empty when the table has none. */
  public List<String> of(String given) {
    return byGiven.getOrDefault(given, List.of());
  }

  /** How many given names the table covers. */
  public int size() {
    return byGiven.size();
  }
}
