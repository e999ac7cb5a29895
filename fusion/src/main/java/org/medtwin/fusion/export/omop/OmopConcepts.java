package org.medtwin.fusion.export.omop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few standard OMOP concepts the export writes ({@code omop/concepts.csv}: no matching concept,
 * genders, visit kinds, the EHR type concept), loaded and checked at start, and the vocabulary
 * tables' rows that make the CDM's foreign keys hold without an Athena vocabulary.
 */
final class OmopConcepts {

  static final int NO_MATCH = 0;
  static final int MALE = 8507;
  static final int FEMALE = 8532;
  static final int INPATIENT_VISIT = 9201;
  static final int OUTPATIENT_VISIT = 9202;
  static final int EMERGENCY_VISIT = 9203;
  static final int EHR = 32817;

  private static final String RESOURCE = "concepts.csv";
  private static final LocalDate VALID_START = LocalDate.of(1970, 1, 1);
  private static final LocalDate VALID_END = LocalDate.of(2099, 12, 31);

  private final List<String[]> rows;

  private OmopConcepts(List<String[]> rows) {
    this.rows = rows;
  }

  /**
   * The bundled concepts.
   *
   * @throws IllegalStateException when the file is missing, malformed or lacks a concept the
   *     export uses
   */
  static OmopConcepts bundled() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = OmopConcepts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("omop/" + RESOURCE + " is missing from the MedTwin jar.");
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
        String[] fields = line.split(",", -1);
        if (fields.length != 7) {
          throw new IllegalStateException("omop/" + RESOURCE + " line " + number + " has " + fields.length
              + " fields, not 7.");
        }
        Integer.parseInt(fields[0]);
        rows.add(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read omop/" + RESOURCE + ": " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("omop/" + RESOURCE + " has a concept id that is not a number: " + e.getMessage(), e);
    }
    OmopConcepts concepts = new OmopConcepts(rows);
    for (int id : new int[] {NO_MATCH, MALE, FEMALE, INPATIENT_VISIT, OUTPATIENT_VISIT, EMERGENCY_VISIT, EHR}) {
      if (rows.stream().noneMatch(r -> Integer.parseInt(r[0]) == id)) {
        throw new IllegalStateException("omop/" + RESOURCE + " lacks concept " + id + ", which the export writes.");
      }
    }
    return concepts;
  }

  /** Rows of CONCEPT. */
  List<Map<String, Object>> concepts() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String[] r : rows) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("concept_id", Integer.parseInt(r[0]));
      row.put("concept_name", r[1]);
      row.put("domain_id", r[2]);
      row.put("vocabulary_id", r[3]);
      row.put("concept_class_id", r[4]);
      row.put("standard_concept", r[5].isEmpty() ? null : r[5]);
      row.put("concept_code", r[6]);
      row.put("valid_start_date", VALID_START);
      row.put("valid_end_date", VALID_END);
      out.add(row);
    }
    return out;
  }

  /** Rows of VOCABULARY, one per vocabulary the concepts name. */
  List<Map<String, Object>> vocabularies() {
    return named(3, "vocabulary", List.of("vocabulary_name", "vocabulary_reference", "vocabulary_version"));
  }

  /** Rows of DOMAIN. */
  List<Map<String, Object>> domains() {
    return named(2, "domain", List.of("domain_name"));
  }

  /** Rows of CONCEPT_CLASS. */
  List<Map<String, Object>> conceptClasses() {
    return named(4, "concept_class", List.of("concept_class_name"));
  }

  private List<Map<String, Object>> named(int field, String table, List<String> nameColumns) {
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r[field]));
    List<Map<String, Object>> out = new ArrayList<>();
    for (String id : ids) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(table + "_id", id);
      for (String column : nameColumns) {
        row.put(column, column.endsWith("_name") ? id : column.endsWith("_reference") ? "OHDSI Athena" : "none bundled");
      }
      row.put(table + "_concept_id", NO_MATCH);
      out.add(row);
    }
    return out;
  }
}
