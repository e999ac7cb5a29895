package org.medtwin.fusion.source.csv;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/** Maps rows of Synthea's {@code patients.csv} to {@link Patient}s. */
final class SyntheaPatientMapper implements CsvRowMapper {

  /** The identifier system Synthea's own FHIR export uses for its patient ids. */
  static final String SYNTHEA_ID_SYSTEM = "https://github.com/synthetichealth/synthea";

  private final SyntheaContext context;

  SyntheaPatientMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return "Id";
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    List<Identifier> identifiers = new ArrayList<>();
    identifiers.add(new Identifier(SYNTHEA_ID_SYSTEM, row.required("Id"), "MR"));
    addIdentifier(identifiers, row.optional("SSN"), "http://hl7.org/fhir/sid/us-ssn", "SS");
    addIdentifier(identifiers, row.optional("DRIVERS"), "urn:oid:2.16.840.1.113883.4.3.25", "DL");
    addIdentifier(identifiers, row.optional("PASSPORT"), "http://hl7.org/fhir/sid/passport-USA", "PPN");
    List<String> given = new ArrayList<>();
    addIfPresent(given, row.optional("FIRST"));
    addIfPresent(given, row.optional("MIDDLE"));
    List<String> prefix = new ArrayList<>();
    addIfPresent(prefix, row.optional("PREFIX"));
    List<HumanName> names = new ArrayList<>();
    names.add(new HumanName("official", row.optional("LAST"), given, prefix));
    if (row.optional("MAIDEN") != null) {
      names.add(new HumanName("maiden", row.optional("MAIDEN"), given, prefix));
    }
    List<Address> addresses = new ArrayList<>();
    if (row.optional("ADDRESS") != null || row.optional("CITY") != null) {
      List<String> lines = new ArrayList<>();
      addIfPresent(lines, row.optional("ADDRESS"));
      addresses.add(
          new Address(lines, row.optional("CITY"), row.optional("STATE"), row.optional("ZIP"), "US"));
    }
    Sex sex;
    try {
      sex = Sex.fromCode(row.optional("GENDER"));
    } catch (IllegalArgumentException e) {
      throw new RowRejectedException("Column GENDER: " + e.getMessage());
    }
    var deathDate = row.date("DEATHDATE");
    return MappedRow.of(
        new Patient(
            factId,
            identifiers,
            names,
            row.date("BIRTHDATE"),
            sex,
            addresses,
            List.of(),
            deathDate == null ? null : deathDate.atStartOfDay(ZoneOffset.UTC).toInstant(),
            context.provenance(factId)));
  }

  private static void addIdentifier(List<Identifier> list, String value, String system, String type) {
    if (value != null) {
      list.add(new Identifier(system, value, type));
    }
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }
}
