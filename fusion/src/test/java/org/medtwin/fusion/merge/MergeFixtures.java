package org.medtwin.fusion.merge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/** Hand-built source records for the merge tests. */
final class MergeFixtures {

  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  static final Coding GLUCOSE = Coding.loinc("2345-7", "Glucose");
  static final Coding PENICILLIN = Coding.snomed("91936005", "Allergy to penicillin");

  private MergeFixtures() {}

  static SourcePatient patient(String source, String id, String given, String family, String birthDate, Sex sex) {
    return patient(source, id, given, family, birthDate, sex, null, null);
  }

  static SourcePatient patient(
      String source, String id, String given, String family, String birthDate, Sex sex,
      String phone, Instant reportedAt) {
    List<HumanName> names = family == null ? List.of() : List.of(new HumanName(null, family, given == null ? List.of() : List.of(given), List.of()));
    List<ContactPoint> telecom = phone == null ? List.of() : List.of(new ContactPoint("phone", phone, null));
    return new SourcePatient(
        new Patient(id, List.of(), names, birthDate == null ? null : LocalDate.parse(birthDate), sex,
            List.<Address>of(), telecom, null, Provenance.fromSource(source, id)),
        reportedAt);
  }

  static Observation glucose(String source, String id, Instant at, String value) {
    return new Observation(id, "p", null, "final", "laboratory", GLUCOSE, at,
        new ObservationValue.Numeric(new Quantity(new BigDecimal(value), "mg/dL")), null, null, null, null,
        List.of(), Provenance.fromSource(source, id));
  }

  static AllergyIntolerance penicillin(String source, String id, String clinical, String verification) {
    return new AllergyIntolerance(id, "p", PENICILLIN, clinical, verification, "allergy", "medication",
        null, null, List.of(), Provenance.fromSource(source, id));
  }

  static Provenance from(String source, String id) {
    return Provenance.fromSource(source, id);
  }
}
