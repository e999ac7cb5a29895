package org.medtwin.fusion.source.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * Keeps rows of files that carry no facts of the clinical model (organizations, claims, ...) as
 * {@link UnmodeledResource}s holding the row as a JSON object, so that nothing is dropped.
 */
final class UnmodeledRowMapper implements CsvRowMapper {

  private static final List<String> PATIENT_COLUMNS = List.of("PATIENT", "PATIENTID", "PATIENT_ID");

  private final String source;
  private final String type;
  private final String idColumn;
  private final ObjectMapper json;

  UnmodeledRowMapper(String source, String type, String idColumn, ObjectMapper json) {
    this.source = source;
    this.type = type;
    this.idColumn = idColumn;
    this.json = json;
  }

  @Override
  public String idColumn() {
    return idColumn;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    String patient = null;
    for (String column : PATIENT_COLUMNS) {
      if (patient == null) {
        patient = row.optional(column);
      }
    }
    String text;
    try {
      text = json.writeValueAsString(row.asMap());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serializes to JSON.", e);
    }
    return new MappedRow(
        List.of(), List.of(new UnmodeledResource(source, type, factId, patient, text)), List.of());
  }
}
