package org.medtwin.core.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medtwin.core.provenance.Provenance;

/**
 * A patient as one source knows them; linkage across sources is the master patient index's job.
 *
 * @param id the source's id for the patient
 * @param identifiers identifiers with their assigning systems
 * @param names names, official first where the source says so
 * @param birthDate the birth date, or {@code null} when unknown
 * @param sex administrative sex
 * @param addresses postal addresses
 * @param telecom phone numbers and e-mail addresses
 * @param deceased the time of death, or {@code null} when alive or unknown
 * @param provenance where the record came from
 */
public record Patient(
    String id,
    List<Identifier> identifiers,
    List<HumanName> names,
    LocalDate birthDate,
    Sex sex,
    List<Address> addresses,
    List<ContactPoint> telecom,
    Instant deceased,
    Provenance provenance)
    implements ClinicalRecord {

  public Patient {
    Require.text(id, "Patient", "id");
    Require.present(provenance, "Patient", "provenance");
    identifiers = Require.list(identifiers);
    names = Require.list(names);
    addresses = Require.list(addresses);
    telecom = Require.list(telecom);
    sex = sex == null ? Sex.UNKNOWN : sex;
  }

  @Override
  public String patientId() {
    return id;
  }

  @Override
  public Patient inRun(String runId) {
    return new Patient(
        id, identifiers, names, birthDate, sex, addresses, telecom, deceased,
        provenance.inRun(runId));
  }
}
