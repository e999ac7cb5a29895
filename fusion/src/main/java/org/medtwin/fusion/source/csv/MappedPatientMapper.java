package org.medtwin.fusion.source.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/** Maps rows of a mapped CSV file of type Patient. */
final class MappedPatientMapper implements CsvRowMapper {

  private final String source;
  private final CsvFileMapping mapping;

  MappedPatientMapper(String source, CsvFileMapping mapping) {
    this.source = source;
    this.mapping = mapping;
  }

  @Override
  public String idColumn() {
    return mapping.column("id");
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    MappedFields f = new MappedFields(row, mapping);
    List<Identifier> identifiers = new ArrayList<>();
    if (f.text("identifier") != null) {
      String system =
          mapping.identifierSystem() == null
              ? CodeSystem.local(source, "patient-id")
              : mapping.identifierSystem();
      identifiers.add(new Identifier(system, f.text("identifier"), null));
    }
    List<HumanName> names = new ArrayList<>();
    if (f.text("family") != null || f.text("given") != null) {
      List<String> given = f.text("given") == null ? List.of() : List.of(f.text("given").split("\\s+"));
      names.add(new HumanName("official", f.text("family"), given, List.of()));
    }
    List<Address> addresses = new ArrayList<>();
    if (f.text("line") != null || f.text("city") != null || f.text("postalCode") != null) {
      addresses.add(
          new Address(
              f.text("line") == null ? List.of() : List.of(f.text("line")),
              f.text("city"), f.text("state"), f.text("postalCode"), f.text("country")));
    }
    List<ContactPoint> telecom =
        f.text("phone") == null ? List.of() : List.of(new ContactPoint("phone", f.text("phone"), null));
    Sex sex;
    try {
      sex = Sex.fromCode(f.sexCode("sex"));
    } catch (IllegalArgumentException e) {
      throw new RowRejectedException(
          "Column " + f.column("sex") + ": " + e.getMessage() + " Maybe add it to sexCodes in the mapping?");
    }
    LocalDate birthDate = f.date("birthDate");
    return MappedRow.of(
        new Patient(
            factId, identifiers, names, birthDate, sex, addresses, telecom, f.instant("deceased"),
            Provenance.fromSource(source, factId)));
  }
}
