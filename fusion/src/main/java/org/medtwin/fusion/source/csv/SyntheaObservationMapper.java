package org.medtwin.fusion.source.csv;

import java.util.List;
import java.util.Optional;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.fusion.standardize.Translation;
import org.medtwin.store.ingest.UnmappedCode;

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
            local ? context.localCodeSystem() : CodeSystem.LOINC,
            row.required("CODE"),
            row.optional("DESCRIPTION"));
    Quantity quantity = null;
    ObservationValue value = null;
    String type = row.optional("TYPE");
    if ("numeric".equalsIgnoreCase(type)) {
      if (row.text("VALUE") == null) {
        throw new RowRejectedException("Column VALUE is empty but TYPE says numeric.");
      }
      quantity = new Quantity(row.decimal("VALUE"), row.optional("UNITS"));
      value = new ObservationValue.Numeric(quantity);
    } else if (row.text("VALUE") != null) {
      value = new ObservationValue.Text(row.text("VALUE"));
    }
    Coding sourceCode = null;
    ObservationValue sourceValue = null;
    List<UnmappedCode> unmapped = List.of();
    if (local) {
      Optional<Translation> translation = context.conceptMap().translate(code, quantity);
      if (translation.isPresent()) {
        sourceCode = code;
        code = translation.get().code();
        if (quantity != null && !quantity.equals(translation.get().value())) {
          sourceValue = value;
          value = new ObservationValue.Numeric(translation.get().value());
        }
      } else {
        unmapped =
            List.of(
                new UnmappedCode(
                    context.source(), code.system(), code.code(), quantity == null ? null : quantity.unit()));
      }
    }
    Observation observation =
        new Observation(
            factId,
            row.required("PATIENT"),
            row.optional("ENCOUNTER"),
            "final",
            category,
            code,
            row.instant("DATE"),
            value,
            sourceValue,
            sourceCode,
            null,
            null,
            List.of(),
            context.provenance(factId));
    return new MappedRow(List.of(observation), List.of(), unmapped);
  }
}
