package org.medtwin.governance.kanon;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/**
 * The outcome of k-anonymisation: the levels chosen, each released record's generalised values,
 * the suppressed records (left out of the extract entirely) and the risk report.
 *
 * @param quasiIdentifiers the quasi-identifiers in the order of the values
 * @param levels the generalisation level chosen for each
 * @param released for each released record id, its generalised values
 * @param suppressed the ids of the records to leave out
 * @param report the re-identification risk before and after
 */
public record KAnonymityResult(
    List<QuasiIdentifier> quasiIdentifiers,
    Map<QuasiIdentifier, Integer> levels,
    Map<String, List<String>> released,
    Set<String> suppressed,
    RiskReport report) {

  public KAnonymityResult {
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    levels = Map.copyOf(levels);
    released = Map.copyOf(released);
    suppressed = Set.copyOf(suppressed);
  }

  /** Whether the record is suppressed: none of its records may go into the extract. */
  public boolean isSuppressed(String id) {
    return suppressed.contains(id);
  }

  /** The generalised value of one quasi-identifier of a released record. */
  public Optional<String> value(String id, QuasiIdentifier qi) {
    List<String> values = released.get(id);
    int index = quasiIdentifiers.indexOf(qi);
    return values == null || index < 0 ? Optional.empty() : Optional.of(values.get(index));
  }

  /**
   * The de-identified patient as the extract may show it, or empty when suppressed. A field
   * generalised beyond what the record can hold is cleared (birth date beyond the year: {@code
   * null}; sex {@code *}: unknown; state {@code *}: none); the ZIP keeps its {@code 02*} form;
   * {@link #value} gives the generalised value (a {@code 1980-1984} band) for the extract's own
   * columns.
   */
  public Optional<Patient> apply(Patient patient) {
    if (!released.containsKey(patient.id())) {
      return Optional.empty();
    }
    LocalDate birth = patient.birthDate();
    if (levelOf(QuasiIdentifier.BIRTH_YEAR) > 0) {
      birth = null;
    }
    Sex sex = levelOf(QuasiIdentifier.SEX) > 0 ? Sex.UNKNOWN : patient.sex();
    // Only the first address is a declared quasi-identifier; further ones would add unmeasured
    // detail, so they stay out.
    List<Address> addresses =
        patient.addresses().isEmpty()
            ? List.of()
            : List.of(generalize(patient.addresses().get(0)));
    return Optional.of(
        new Patient(
            patient.id(), patient.identifiers(), patient.names(), birth, sex, addresses,
            patient.telecom(), patient.deceased(), patient.provenance()));
  }

  private Address generalize(Address address) {
    String zip = address.postalCode();
    if (zip != null && levelOf(QuasiIdentifier.ZIP3) > 0) {
      String general = QuasiIdentifier.ZIP3.generalize(zip, levelOf(QuasiIdentifier.ZIP3));
      zip = QuasiIdentifier.ANY.equals(general) ? null : general;
    }
    String state = levelOf(QuasiIdentifier.STATE) > 0 ? null : address.state();
    return new Address(List.of(), null, state, zip, address.country());
  }

  private int levelOf(QuasiIdentifier qi) {
    return levels.getOrDefault(qi, 0);
  }
}
