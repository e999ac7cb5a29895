package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.Procedure;

/** Maps rows of Synthea's {@code procedures.csv} to {@link Procedure}s. */
final class SyntheaProcedureMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaProcedureMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new Procedure(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            "completed",
            SyntheaContext.withSystemColumn(row, CodeSystem.SNOMED_CT),
            row.instant("START"),
            row.instant("STOP"),
            SyntheaContext.snomed(row, "REASONCODE", "REASONDESCRIPTION"),
            context.provenance(factId)));
  }
}
