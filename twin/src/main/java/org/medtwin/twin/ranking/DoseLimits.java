package org.medtwin.twin.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.twin.engine.PatientTwin;

/** The formulary's dose limits a candidate regimen breaks for this twin's kidney function. */
final class DoseLimits {

  private DoseLimits() {}

  static List<String> broken(Candidate candidate, PatientTwin twin, Formulary formulary) {
    List<String> broken = new ArrayList<>(0);
    Double crcl = twin.kidney() == null ? null : twin.kidney().creatinineClearance();
    Regimen regimen = candidate.regimen();
    for (FormularyRule rule : formulary.rules()) {
      if (!(rule instanceof FormularyRule.DoseLimit) || !rule.drug().equals(candidate.drug())) {
        continue;
      }
      FormularyRule.DoseLimit limit = (FormularyRule.DoseLimit) rule;
      if (!Double.isNaN(limit.crclBelow()) && (crcl == null || crcl >= limit.crclBelow())) {
        continue;
      }
      boolean breaks = (!Double.isNaN(limit.maxSingleMg()) && regimen.amount() > limit.maxSingleMg())
          || (!Double.isNaN(limit.maxDailyMg()) && regimen.dailyAmount() > limit.maxDailyMg())
          || (!Double.isNaN(limit.intervalAtLeastH()) && regimen.interval() >= limit.intervalAtLeastH());
      if (breaks) {
        broken.add("dose limit: " + limit.reason()
            + (Double.isNaN(limit.crclBelow()) ? "" : String.format(Locale.ROOT, " (creatinine clearance %.0f mL/min)", crcl))
            + " [" + limit.source() + "]");
      }
    }
    return broken;
  }
}
