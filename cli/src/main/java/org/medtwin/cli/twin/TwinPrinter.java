package org.medtwin.cli.twin;

import java.io.PrintWriter;
import java.util.Locale;
import org.medtwin.twin.engine.ApplicableModel;
import org.medtwin.twin.engine.KidneyFunction;
import org.medtwin.twin.engine.Measurement;
import org.medtwin.twin.engine.PatientTwin;
import org.medtwin.twin.engine.TwinAllergy;
import org.medtwin.twin.engine.TwinCondition;
import org.medtwin.twin.engine.TwinMedication;
import org.medtwin.twin.engine.TwinVersion;

/** Prints a twin version for a person to read. */
final class TwinPrinter {

  private TwinPrinter() {}

  static void print(TwinVersion version, PrintWriter out) {
    PatientTwin twin = version.twin();
    out.printf("Twin of %s, version %s (%s), as of %s%n", twin.patientId(), version.label(), version.reason(),
        twin.asOf());
    out.printf("  made by run %s from %d store facts (hash %s)%n", version.runId(), version.provenance().size(),
        version.factsHash().substring(0, 12));
    if (version.parentVersion() != null) {
      out.printf("  follows %s@%d%n", version.parentBranch(), version.parentVersion());
    }
    for (String change : twin.scenario()) {
      out.println("  scenario: " + change);
    }
    out.printf("Demographics  sex %s, born %s, age %s%s%n", twin.demographics().sex(),
        orNone(twin.demographics().birthDate()), orNone(twin.demographics().ageYears()),
        twin.demographics().deceased() == null ? "" : ", died " + twin.demographics().deceased());
    out.println("Conditions (" + twin.conditions().size() + ")");
    for (TwinCondition condition : twin.conditions()) {
      out.printf("  %s (%s %s) since %s%n", condition.display(), shortSystem(condition.system()), condition.code(),
          orNone(condition.onset()));
    }
    out.println("Allergies (" + twin.allergies().size() + ")");
    for (TwinAllergy allergy : twin.allergies()) {
      out.printf("  %s (%s)%s%n", allergy.display(), allergy.code(),
          allergy.criticality() == null ? "" : ", criticality " + allergy.criticality());
    }
    out.println("Medications (" + twin.medications().size() + ")");
    for (TwinMedication medication : twin.medications()) {
      out.printf("  %s (%s)%s%n", medication.display(), medication.code(),
          medication.dosage() == null ? "" : ": " + medication.dosage());
    }
    out.println("Latest measurements (" + twin.measurements().size() + ")");
    for (Measurement measurement : twin.measurements()) {
      out.printf(Locale.ROOT, "  %-45s %10s %-10s %s%n", abbreviate(measurement.display()) + " (" + measurement.code() + ")",
          number(measurement.value()), measurement.unit() == null ? "" : measurement.unit(), measurement.time());
    }
    KidneyFunction kidney = twin.kidney();
    if (kidney == null) {
      out.println("Kidney function  no creatinine in the record");
    } else {
      out.printf(Locale.ROOT, "Kidney function  eGFR CKD-EPI 2021 %s mL/min/1.73m2, Cockcroft-Gault %s mL/min (%s)%n",
          kidney.egfr() == null ? "n/a" : String.format(Locale.ROOT, "%.0f", kidney.egfr()),
          kidney.creatinineClearance() == null ? "n/a"
              : String.format(Locale.ROOT, "%.0f", kidney.creatinineClearance()),
          kidney.basis());
    }
    out.println("Models");
    for (ApplicableModel model : twin.models()) {
      out.printf("  %s (%s): %s%n", model.model(), model.module(), model.why());
    }
  }

  private static String orNone(Object value) {
    return value == null ? "unknown" : value.toString();
  }

  private static String shortSystem(String system) {
    if (system == null) {
      return "";
    }
    if (system.contains("snomed")) {
      return "SNOMED CT";
    }
    if (system.contains("icd-10")) {
      return "ICD-10-CM";
    }
    return system;
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 34 ? text.substring(0, 33) + "…" : text;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e12 ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.4g", value);
  }
}
