package org.medtwin.fusion.source.csv;

import java.util.List;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;

/**
 * Maps rows of Synthea's {@code observations.csv} to {@link Observation}s; rows whose category the
 * site codes locally go through the concept map.
 */
final class SyntheaObservationMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaObservationMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    String category = row.optional("CATEGORY");
    boolean local = category != null && context.localCategories().contains(category);
    Coding code =
        new Coding(
            local ? context.standardizer().localCodeSystem() : CodeSystem.LOINC,
            row.required("CODE"),
            row.optional("DESCRIPTION"));
    ObservationValue value = null;
    String type = row.optional("TYPE");
    if ("numeric".equalsIgnoreCase(type)) {
      if (row.text("VALUE") == null) {
        throw new RowRejectedException("Column VALUE is empty but TYPE says numeric.");
      }
      value = new ObservationValue.Numeric(new Quantity(row.decimal("VALUE"), row.optional("UNITS")));
    } else if (row.text("VALUE") != null) {
      value = new ObservationValue.Text(row.text("VALUE"));
    }
    LocalCodeStandardizer.Result standard = context.standardizer().standardize(code, value);
    Observation observation =
        new Observation(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            "final",
            category,
            standard.code(),
            row.instant("DATE"),
            standard.value(),
            standard.sourceValue(),
            standard.sourceCode(),
            null,
            null,
            List.of(),
            context.provenance(factId));
    return new MappedRow(List.of(observation), List.of(), standard.unmapped().stream().toList());
  }
}
