package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.Immunization;

/** Maps rows of Synthea's {@code immunizations.csv} to {@link Immunization}s. */
final class SyntheaImmunizationMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaImmunizationMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new Immunization(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            "completed",
            new Coding(CodeSystem.CVX, row.required("CODE"), row.optional("DESCRIPTION")),
            row.instant("DATE"),
            context.provenance(factId)));
  }
}
