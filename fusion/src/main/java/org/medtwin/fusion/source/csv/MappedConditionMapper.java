package org.medtwin.fusion.source.csv;

import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Condition;

/** Maps rows of a mapped CSV file of type Condition. */
final class MappedConditionMapper implements CsvRowMapper {

  private final String source;
  private final CsvFileMapping mapping;
  private final String codeSystem;

  MappedConditionMapper(String source, CsvFileMapping mapping, String codeSystem) {
    this.source = source;
    this.mapping = mapping;
    this.codeSystem = codeSystem;
  }

  @Override
  public String idColumn() {
    return mapping.column("id");
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    MappedFields f = new MappedFields(row, mapping);
    var abatement = f.instant("abatement");
    String status = f.text("clinicalStatus");
    return MappedRow.of(
        new Condition(
            factId,
            f.required("patient"),
            f.text("encounter"),
            new Coding(codeSystem, f.required("code"), f.text("display")),
            status != null ? status : abatement == null ? "active" : "resolved",
            f.instant("onset"),
            abatement,
            Provenance.fromSource(source, factId)));
  }
}
