package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import java.util.List;
import org.medtwin.core.record.CarePlan;

/** Maps rows of Synthea's {@code careplans.csv} to {@link CarePlan}s. */
final class SyntheaCarePlanMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaCarePlanMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return "Id";
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new CarePlan(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            row.text("STOP") == null ? "active" : "completed",
            SyntheaContext.snomed(row, "CODE", "DESCRIPTION"),
            row.instant("START"),
            row.instant("STOP"),
            List.of(),
            SyntheaContext.snomed(row, "REASONCODE", "REASONDESCRIPTION"),
            context.provenance(factId)));
  }
}
