package org.medtwin.governance.kanon;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The re-identification risk of an extract before and after k-anonymisation, under the prosecutor
 * model (the attacker knows their target is in the extract): a record's risk is 1 / the size of
 * its equivalence class; the highest risk is 1 / the smallest class, the average is the number of
 * classes / the number of records (El Emam and Dankar 2008).
 *
 * @param k the k required
 * @param records the records considered
 * @param classesBefore equivalence classes on the values as de-identification left them
 * @param recordsBelowKBefore records in classes smaller than k before
 * @param maxRiskBefore the highest prosecutor risk before
 * @param averageRiskBefore the average prosecutor risk before
 * @param levels for each quasi-identifier, the generalisation chosen (level and what it means)
 * @param suppressed records suppressed (left out)
 * @param released records released
 * @param classesAfter equivalence classes among the released records
 * @param smallestClassAfter the smallest class among the released records (k or more)
 * @param recordsBelowKAfter released records in classes smaller than k (0 when it holds)
 * @param maxRiskAfter the highest prosecutor risk after
 * @param averageRiskAfter the average prosecutor risk after
 */
public record RiskReport(
    int k,
    long records,
    int classesBefore,
    long recordsBelowKBefore,
    double maxRiskBefore,
    double averageRiskBefore,
    Map<String, String> levels,
    long suppressed,
    long released,
    int classesAfter,
    int smallestClassAfter,
    long recordsBelowKAfter,
    double maxRiskAfter,
    double averageRiskAfter) {

  public RiskReport {
    levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
  }

  static RiskReport of(
      KAnonymitySettings settings,
      Map<QuasiIdentifier, Integer> chosen,
      KAnonymizer.ClassSizes before,
      KAnonymizer.ClassSizes after,
      long suppressed) {
    Map<String, String> levels = new LinkedHashMap<>();
    chosen.forEach((qi, level) -> levels.put(qi.code(), describe(qi, level)));
    return new RiskReport(
        settings.k(),
        before.records(),
        before.classes(),
        before.recordsBelowK(),
        maxRisk(before),
        averageRisk(before),
        levels,
        suppressed,
        after.records(),
        after.classes(),
        after.smallest(),
        after.recordsBelowK(),
        maxRisk(after),
        averageRisk(after));
  }

  /** Whether every released record is in a class of k or more. */
  public boolean holds() {
    return recordsBelowKAfter == 0;
  }

  /** The report as a JSON object. */
  public String toJson() {
    StringBuilder json = new StringBuilder("{");
    json.append("\"k\":").append(k)
        .append(",\"records\":").append(records)
        .append(",\"before\":{\"classes\":").append(classesBefore)
        .append(",\"recordsInClassesBelowK\":").append(recordsBelowKBefore)
        .append(",\"maxProsecutorRisk\":").append(number(maxRiskBefore))
        .append(",\"averageProsecutorRisk\":").append(number(averageRiskBefore))
        .append("},\"generalised\":{");
    String separator = "";
    for (Map.Entry<String, String> level : levels.entrySet()) {
      json.append(separator).append('"').append(level.getKey()).append("\":\"")
          .append(level.getValue()).append('"');
      separator = ",";
    }
    json.append("},\"suppressedRecords\":").append(suppressed)
        .append(",\"after\":{\"records\":").append(released)
        .append(",\"classes\":").append(classesAfter)
        .append(",\"smallestClass\":").append(smallestClassAfter)
        .append(",\"recordsInClassesBelowK\":").append(recordsBelowKAfter)
        .append(",\"maxProsecutorRisk\":").append(number(maxRiskAfter))
        .append(",\"averageProsecutorRisk\":").append(number(averageRiskAfter))
        .append("},\"kAnonymityHolds\":").append(holds()).append('}');
    return json.toString();
  }

  /** The report as lines for a person. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "k-anonymity (k = %d) over %d records%n", k, records));
    text.append(String.format(Locale.ROOT,
        "  before: %d classes, %d records in classes below k, prosecutor risk max %.4f, average %.4f%n",
        classesBefore, recordsBelowKBefore, maxRiskBefore, averageRiskBefore));
    levels.forEach((qi, level) -> text.append("  ").append(qi).append(": ").append(level)
        .append(System.lineSeparator()));
    text.append(String.format(Locale.ROOT,
        "  suppressed: %d records; released: %d in %d classes, smallest %d%n",
        suppressed, released, classesAfter, smallestClassAfter));
    text.append(String.format(Locale.ROOT,
        "  after: prosecutor risk max %.4f, average %.4f; k-anonymity %s%n",
        maxRiskAfter, averageRiskAfter, holds() ? "holds" : "does NOT hold"));
    return text.toString();
  }

  private static String describe(QuasiIdentifier qi, int level) {
    if (level == 0) {
      return "kept (level 0)";
    }
    if (level == qi.topLevel()) {
      return "removed (level " + level + ", *)";
    }
    String example = qi == QuasiIdentifier.BIRTH_YEAR
        ? qi.generalize("1983", level) : qi.generalize("021", level);
    return "generalised to level " + level + " of " + qi.topLevel() + " (e.g. " + example + ")";
  }

  private static double maxRisk(KAnonymizer.ClassSizes sizes) {
    return sizes.classes() == 0 ? 0 : 1.0 / sizes.smallest();
  }

  private static double averageRisk(KAnonymizer.ClassSizes sizes) {
    return sizes.records() == 0 ? 0 : (double) sizes.classes() / sizes.records();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
