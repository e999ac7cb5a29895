package org.medtwin.twin.ranking;

import java.util.List;

/**
 * A safety rule of the formulary, each with its source.
 */
public sealed interface FormularyRule
    permits FormularyRule.Interaction, FormularyRule.Contraindication, FormularyRule.DoseLimit {

  /** The drug the rule is about. */
  String drug();

  /** Its source. */
  String source();

  /**
   * An interaction with a current medication.
   *
   * @param drug the candidate drug
   * @param with names that match the current medication
   * @param severity contraindicated, major or moderate
   * @param effect what happens
   * @param source citation
   */
  record Interaction(String drug, List<String> with, Severity severity, String effect, String source)
      implements FormularyRule {}

  /**
   * A contraindication from a condition or an allergy.
   *
   * @param drug the candidate drug
   * @param severity contraindicated, major or moderate
   * @param reason why
   * @param conditions code systems with exact codes or prefixes
   * @param allergy names that match an allergy
   * @param source citation
   */
  record Contraindication(String drug, Severity severity, String reason, List<ConditionMatch> conditions,
      List<String> allergy, String source) implements FormularyRule {}

  /**
   * Codes of one system a condition may match.
   *
   * @param system code system
   * @param codes exact codes
   * @param prefixes code prefixes
   */
  record ConditionMatch(String system, List<String> codes, List<String> prefixes) {}

  /**
   * A dose limit; a regimen that breaks it is excluded.
   *
   * @param drug the drug
   * @param crclBelow applies only below this creatinine clearance (mL/min), or NaN for always
   * @param maxSingleMg the largest single dose, or NaN
   * @param maxDailyMg the largest daily dose, or NaN
   * @param intervalAtLeastH regimens with this interval or longer are not allowed, or NaN
   * @param reason the limit in words
   * @param source citation
   */
  record DoseLimit(String drug, double crclBelow, double maxSingleMg, double maxDailyMg, double intervalAtLeastH,
      String reason, String source) implements FormularyRule {}

  /** How serious a finding is. */
  enum Severity {
    MODERATE,
    MAJOR,
    CONTRAINDICATED
  }
}
