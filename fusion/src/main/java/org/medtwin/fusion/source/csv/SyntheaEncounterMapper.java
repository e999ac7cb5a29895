package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.Encounter;

/** Maps rows of Synthea's {@code encounters.csv} to {@link Encounter}s. */
final class SyntheaEncounterMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaEncounterMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return "Id";
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new Encounter(
            factId,
            row.required("PATIENT"),
            row.text("STOP") == null ? "in-progress" : "finished",
            encounterClass(row.optional("ENCOUNTERCLASS")),
            SyntheaContext.snomed(row, "CODE", "DESCRIPTION"),
            row.instant("START"),
            row.instant("STOP"),
            SyntheaContext.snomed(row, "REASONCODE", "REASONDESCRIPTION"),
            context.provenance(factId)));
  }

  /** Synthea writes class names; the model wants the HL7 v3 ActCode that FHIR uses. */
  static String encounterClass(String synthea) {
    if (synthea == null) {
      return null;
    }
    return switch (synthea.toLowerCase(java.util.Locale.ROOT)) {
      case "ambulatory", "wellness", "outpatient", "urgentcare" -> "AMB";
      case "emergency" -> "EMER";
      case "inpatient", "snf", "hospice" -> "IMP";
      case "home" -> "HH";
      case "virtual" -> "VR";
      default -> synthea.toUpperCase(java.util.Locale.ROOT);
    };
  }
}
