package org.medtwin.fusion.source.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** The resource types FHIR R4 defines, to tell a misspelt {@code resourceType} from a real one. */
final class FhirResourceTypes {

  private static final Set<String> TYPES = load();

  private FhirResourceTypes() {}

  static boolean isKnown(String type) {
    return TYPES.contains(type);
  }

  /** The known type closest to a misspelt one, for a "Maybe ...?" hint. */
  static String closest(String type) {
    return TYPES.stream()
        .min(Comparator.comparingInt(known -> distance(known.toLowerCase(), type.toLowerCase())))
        .orElseThrow();
  }

  private static Set<String> load() {
    try (InputStream in = FhirResourceTypes.class.getResourceAsStream("r4-resource-types.txt")) {
      if (in == null) {
        throw new IllegalStateException("r4-resource-types.txt is missing from the MedTwin build.");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
