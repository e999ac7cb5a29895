package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.MedicationRequest;

/** Maps rows of Synthea's {@code medications.csv} to {@link MedicationRequest}s. */
final class SyntheaMedicationMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaMedicationMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new MedicationRequest(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            row.text("STOP") == null ? "active" : "stopped",
            "order",
            new Coding(CodeSystem.RXNORM, row.required("CODE"), row.optional("DESCRIPTION")),
            row.instant("START"),
            null,
            SyntheaContext.snomed(row, "REASONCODE", "REASONDESCRIPTION"),
            context.provenance(factId)));
  }
}
