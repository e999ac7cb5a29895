package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.Device;

/** Maps rows of Synthea's {@code devices.csv} to {@link Device}s. */
final class SyntheaDeviceMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaDeviceMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    return MappedRow.of(
        new Device(
            factId,
            row.required("PATIENT"),
            new Coding(CodeSystem.SNOMED_CT, row.required("CODE"), row.optional("DESCRIPTION")),
            row.text("STOP") == null ? "active" : "inactive",
            row.optional("UDI"),
            row.instant("START"),
            row.instant("STOP"),
            context.provenance(factId)));
  }
}
