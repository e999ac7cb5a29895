package org.medtwin.learn.cohort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Descendants of a code where a hierarchy is known: SNOMED CT from the shipped is-a subset
 * ({@code snomed-is-a.csv}, transitively), ICD-10-CM by its structure (every code that begins with
 * the code is below it). Other systems have no hierarchy here and stand for themselves.
 */
public final class CodeHierarchy {

  public static final String SNOMED = "http://snomed.info/sct";
  public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String RESOURCE = "snomed-is-a.csv";

  private final Map<String, List<String>> children;

  private CodeHierarchy(Map<String, List<String>> children) {
    this.children = children;
  }

  /**
   * Loads the shipped SNOMED CT subset.
   *
   * @throws IllegalStateException when the file is missing or a line is malformed
   */
  public static CodeHierarchy load() {
    Map<String, List<String>> children = new HashMap<>();
    try (InputStream in = CodeHierarchy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the MedTwin build.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] parts = line.split(",", 3);
        if (parts.length < 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": expected parent,child SNOMED ids, got '" + line + "'");
        }
        children.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts[1]);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new CodeHierarchy(children);
  }

  /** The code and, when asked, every known SNOMED CT descendant (ICD-10-CM is matched by prefix in SQL). */
  public Set<String> expand(CodeRef ref) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add(ref.code());
    if (!ref.descendants() || !SNOMED.equals(ref.system())) {
      return codes;
    }
    Deque<String> todo = new ArrayDeque<>(List.of(ref.code()));
    while (!todo.isEmpty()) {
      for (String child : children.getOrDefault(todo.pop(), List.of())) {
        if (codes.add(child)) {
          todo.push(child);
        }
      }
    }
    return codes;
  }
}
