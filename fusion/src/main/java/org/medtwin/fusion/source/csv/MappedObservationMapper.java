package org.medtwin.fusion.source.csv;

import java.math.BigDecimal;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;

/**
 * Maps rows of a mapped CSV file of type Observation: a value that reads as a number is numeric
 * with the unit column's unit, any other value is text; local codes go through the concept map.
 */
final class MappedObservationMapper implements CsvRowMapper {

  private final String source;
  private final CsvFileMapping mapping;
  private final LocalCodeStandardizer standardizer;
  private final String codeSystem;

  MappedObservationMapper(
      String source, CsvFileMapping mapping, LocalCodeStandardizer standardizer, String codeSystem) {
    this.source = source;
    this.mapping = mapping;
    this.standardizer = standardizer;
    this.codeSystem = codeSystem;
  }

  @Override
  public String idColumn() {
    return mapping.column("id");
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    MappedFields f = new MappedFields(row, mapping);
    Coding code = new Coding(codeSystem, f.required("code"), f.text("display"));
    ObservationValue value = value(f);
    LocalCodeStandardizer.Result standard = standardizer.standardize(code, value);
    String category = f.text("category") != null ? f.text("category") : mapping.category();
    Observation observation =
        new Observation(
            factId,
            f.required("patient"),
            f.text("encounter"),
            f.text("status") == null ? "final" : f.text("status"),
            category,
            standard.code(),
            f.instant("effective"),
            standard.value(),
            standard.sourceValue(),
            standard.sourceCode(),
            null,
            f.text("interpretation"),
            List.of(),
            Provenance.fromSource(source, factId));
    return new MappedRow(List.of(observation), List.of(), standard.unmapped().stream().toList());
  }

  private static ObservationValue value(MappedFields f) {
    String text = f.text("value");
    if (text == null) {
      return null;
    }
    BigDecimal number;
    try {
      number = f.decimal("value");
    } catch (RowRejectedException notANumber) {
      return new ObservationValue.Text(text);
    }
    return new ObservationValue.Numeric(new Quantity(number, f.text("unit")));
  }
}
