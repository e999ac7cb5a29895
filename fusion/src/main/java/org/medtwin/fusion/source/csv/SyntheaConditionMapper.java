package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.Condition;

/** Maps rows of Synthea's {@code conditions.csv} to {@link Condition}s. */
final class SyntheaConditionMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaConditionMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new Condition(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            SyntheaContext.withSystemColumn(row, CodeSystem.SNOMED_CT),
            row.text("STOP") == null ? "active" : "resolved",
            row.instant("START"),
            row.instant("STOP"),
            context.provenance(factId)));
  }
}
