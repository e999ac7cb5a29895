package org.medtwin.fusion.quality.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medtwin.fusion.quality.QualityException;

/**
 * The clinical knowledge the checks apply, loaded and validated from versioned files with their
 * sources: physiological ranges per LOINC code and unit, sex- and age-specific codes, FHIR R4 value
 * sets.
 */
public record ClinicalKnowledge(
    List<PhysiologicalRange> ranges,
    List<ConceptRule> sexSpecific,
    List<ConceptRule> ageSpecific,
    Map<String, Set<String>> valueSets) {

  public ClinicalKnowledge {
    ranges = List.copyOf(ranges);
    sexSpecific = List.copyOf(sexSpecific);
    ageSpecific = List.copyOf(ageSpecific);
    valueSets = Map.copyOf(valueSets);
  }

  /** The bundled files. */
  public static ClinicalKnowledge bundled() {
    return new ClinicalKnowledge(loadRanges(), loadSexSpecific(), loadAgeSpecific(), loadValueSets());
  }

  private static List<PhysiologicalRange> loadRanges() {
    List<PhysiologicalRange> ranges = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (KnowledgeFile.Row row :
        KnowledgeFile.read("physiological-ranges.csv", List.of("loinc", "unit", "low", "high", "name", "rationale"))) {
      String loinc = row.cell(0);
      if (!loinc.matches("\\d{1,7}-\\d")) {
        throw row.fail("'" + loinc + "' is not a LOINC code");
      }
      if (!seen.add(loinc + " " + row.cell(1))) {
        throw row.fail("LOINC " + loinc + " in " + row.cell(1) + " appears twice");
      }
      double low = row.number(2, "low");
      double high = row.number(3, "high");
      if (!(low < high)) {
        throw row.fail("low " + low + " is not below high " + high);
      }
      ranges.add(new PhysiologicalRange(loinc, row.cell(1), low, high, row.cell(4)));
    }
    return ranges;
  }

  private static List<ConceptRule> loadSexSpecific() {
    List<ConceptRule> rules = new ArrayList<>();
    for (KnowledgeFile.Row row : KnowledgeFile.read("sex-specific-codes.csv",
        List.of("table", "code_system", "code", "sex", "name", "source"))) {
      String sex = row.cell(3);
      if (!sex.equals("female") && !sex.equals("male")) {
        throw row.fail("sex '" + sex + "' must be female or male");
      }
      rules.add(new ConceptRule(table(row), row.cell(1), row.cell(2), sex, 0, 0, row.cell(4)));
    }
    return rules;
  }

  private static List<ConceptRule> loadAgeSpecific() {
    List<ConceptRule> rules = new ArrayList<>();
    for (KnowledgeFile.Row row : KnowledgeFile.read("age-specific-codes.csv",
        List.of("table", "code_system", "code", "min_age", "max_age", "name", "source"))) {
      double min = row.number(3, "min_age");
      double max = row.number(4, "max_age");
      if (!(min >= 0 && min < max && max <= 150)) {
        throw row.fail("ages [" + min + ", " + max + "] must satisfy 0 <= min < max <= 150");
      }
      rules.add(new ConceptRule(table(row), row.cell(1), row.cell(2), null, min, max, row.cell(5)));
    }
    return rules;
  }

  private static String table(KnowledgeFile.Row row) {
    String table = row.cell(0);
    if (!table.equals("condition") && !table.equals("procedure_performed")) {
      throw row.fail("table '" + table + "' must be condition or procedure_performed");
    }
    return table;
  }

  private static Map<String, Set<String>> loadValueSets() {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    for (KnowledgeFile.Row row :
        KnowledgeFile.read("fhir-value-sets.csv", List.of("table", "field", "code", "value_set"))) {
      if (!row.cell(0).matches("[a-z_]+") || !row.cell(1).matches("[a-z_]+") || row.cell(2).isEmpty()) {
        throw row.fail("table, field and code must be given");
      }
      sets.computeIfAbsent(row.cell(0) + "." + row.cell(1), k -> new LinkedHashSet<>()).add(row.cell(2));
    }
    if (sets.isEmpty()) {
      throw new QualityException("fhir-value-sets.csv has no value sets.");
    }
    return sets;
  }
}
