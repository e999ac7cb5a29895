package org.medtwin.fusion.source.csv;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How the files matching one name pattern map to one record type, as a {@code mapped-csv}
 * source's mapping file declares it.
 *
 * @param pattern a glob over the file name ({@code labor_*.csv})
 * @param type the record type the rows become
 * @param columns model field → column name (fields per type: see {@link Type#fields})
 * @param dateFormat the pattern of date columns ({@code dd.MM.yyyy})
 * @param dateTimeFormat the pattern of date-time columns (a column may also hold a bare date)
 * @param zone the zone of date-times written without an offset
 * @param codeSystem the code system of the {@code code} column: a URI, a short name ({@code LN},
 *     {@code ICD-10-CM}) or {@code local} for the site's own codes
 * @param category the observation category when no column gives one
 * @param decimalSeparator {@code .} or {@code ,}
 * @param sexCodes the file's sex codes → FHIR sex ({@code "w": "female"})
 * @param identifierSystem the system of the patient {@code identifier} column
 */
public record CsvFileMapping(
    String pattern,
    Type type,
    Map<String, String> columns,
    DatePattern dateFormat,
    DatePattern dateTimeFormat,
    ZoneId zone,
    String codeSystem,
    String category,
    char decimalSeparator,
    Map<String, String> sexCodes,
    String identifierSystem) {

  /** The record types a mapped CSV file can hold, with the fields each understands. */
  public enum Type {
    PATIENT(List.of("id"), List.of("id", "identifier", "family", "given", "birthDate", "sex",
        "deceased", "line", "city", "state", "postalCode", "country", "phone")),
    OBSERVATION(List.of("patient", "code"), List.of("id", "patient", "encounter", "code",
        "display", "value", "unit", "effective", "status", "category", "interpretation")),
    CONDITION(List.of("patient", "code"), List.of("id", "patient", "encounter", "code", "display",
        "onset", "abatement", "clinicalStatus"));

    final List<String> required;
    final List<String> fields;

    Type(List<String> required, List<String> fields) {
      this.required = required;
      this.fields = fields;
    }
  }

  /** Whether the mapping applies to a file, by its name. */
  boolean matches(Path file) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    return matcher.matches(file.getFileName());
  }

  /** The column mapped to a field, or {@code null}. */
  String column(String field) {
    return columns.get(field);
  }
}
