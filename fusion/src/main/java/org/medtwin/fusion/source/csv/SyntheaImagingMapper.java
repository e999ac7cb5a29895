package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import java.util.List;
import org.medtwin.core.record.ImagingStudy;

/** Maps rows of Synthea's {@code imaging_studies.csv} (one row per instance) to {@link ImagingStudy}s. */
final class SyntheaImagingMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaImagingMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return "Id";
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    Coding modality =
        SyntheaContext.coding(row, CodeSystem.DICOM_DCM, "MODALITY_CODE", "MODALITY_DESCRIPTION");
    String procedure = row.optional("PROCEDURE_CODE"); // Synthea gives no display for it
    return MappedRow.of(
        new ImagingStudy(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            null,
            "available",
            row.instant("DATE"),
            modality == null ? List.of() : List.of(modality),
            SyntheaContext.snomed(row, "BODYSITE_CODE", "BODYSITE_DESCRIPTION"),
            procedure == null ? null : Coding.snomed(procedure, null),
            null,
            null,
            context.provenance(factId)));
  }
}
