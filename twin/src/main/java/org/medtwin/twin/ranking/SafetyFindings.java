package org.medtwin.twin.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medtwin.twin.engine.PatientTwin;
import org.medtwin.twin.engine.TwinAllergy;
import org.medtwin.twin.engine.TwinCondition;
import org.medtwin.twin.engine.TwinMedication;

/**
 * What the formulary's rules say about a drug for this twin: exclusions (contraindications) and
 * warnings (major and moderate findings), each naming the fact and the source.
 *
 * @param exclusions reasons that exclude the drug
 * @param warnings findings that keep it but add risk
 * @param majors how many warnings are major
 * @param moderates how many are moderate
 */
record SafetyFindings(List<String> exclusions, List<String> warnings, int majors, int moderates) {

  /** Checks allergies, conditions and current drugs against every rule about the drug. */
  static SafetyFindings of(String drug, PatientTwin twin, Formulary formulary) {
    List<String> exclusions = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int[] counts = new int[2];
    for (FormularyRule rule : formulary.rules()) {
      if (!rule.drug().equals(drug)) {
        continue;
      }
      if (rule instanceof FormularyRule.Interaction) {
        FormularyRule.Interaction interaction = (FormularyRule.Interaction) rule;
        for (TwinMedication medication : twin.medications()) {
          String name = medication.display() == null ? "" : medication.display().toLowerCase(Locale.ROOT);
          for (String with : interaction.with()) {
            if (name.contains(with.toLowerCase(Locale.ROOT))) {
              add(interaction.severity(), "interaction with current " + medication.display() + " ("
                  + interaction.severity().name().toLowerCase(Locale.ROOT) + "): " + interaction.effect()
                  + " [" + interaction.source() + "]", exclusions, warnings, counts);
            }
          }
        }
      } else if (rule instanceof FormularyRule.Contraindication) {
        FormularyRule.Contraindication contra = (FormularyRule.Contraindication) rule;
        String fact = matchingFact(contra, twin);
        if (fact != null) {
          add(contra.severity(), contra.reason() + " (" + fact + ", "
              + contra.severity().name().toLowerCase(Locale.ROOT) + ") [" + contra.source() + "]",
              exclusions, warnings, counts);
        }
      }
    }
    return new SafetyFindings(exclusions, warnings, counts[0], counts[1]);
  }

  private static void add(FormularyRule.Severity severity, String text, List<String> exclusions,
      List<String> warnings, int[] counts) {
    if (severity == FormularyRule.Severity.CONTRAINDICATED) {
      exclusions.add(text);
    } else {
      warnings.add(text);
      counts[severity == FormularyRule.Severity.MAJOR ? 0 : 1]++;
    }
  }

  private static String matchingFact(FormularyRule.Contraindication contra, PatientTwin twin) {
    for (TwinCondition condition : twin.conditions()) {
      for (FormularyRule.ConditionMatch match : contra.conditions()) {
        if (match.system().equals(condition.system()) && (match.codes().contains(condition.code())
            || match.prefixes().stream().anyMatch(condition.code()::startsWith))) {
          return "condition " + condition.display() + " " + condition.code();
        }
      }
    }
    for (TwinAllergy allergy : twin.allergies()) {
      String name = allergy.display() == null ? "" : allergy.display().toLowerCase(Locale.ROOT);
      for (String substance : contra.allergy()) {
        if (name.contains(substance.toLowerCase(Locale.ROOT))) {
          return "allergy " + allergy.display();
        }
      }
    }
    return null;
  }
}
