package org.medtwin.fusion.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Sex;

/**
 * The one patient MedTwin shows for a linked person, each field chosen from the sources by the
 * survivorship rules.
 *
 * @param personId the stable person id
 * @param choices the chosen value of every field some source fills
 * @param sources the patient records it was built from
 */
public record GoldenPatient(String personId, Map<PatientField, FieldChoice> choices, List<Provenance> sources) {

  public GoldenPatient {
    choices = choices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(choices));
    sources = List.copyOf(sources);
  }

  /** The choice for a field, or {@code null} when no source fills it. */
  public FieldChoice choice(PatientField field) {
    return choices.get(field);
  }

  /** The golden name, or {@code null}. */
  public HumanName name() {
    return (HumanName) value(PatientField.NAME);
  }

  /** The golden birth date, or {@code null}. */
  public LocalDate birthDate() {
    return (LocalDate) value(PatientField.BIRTH_DATE);
  }

  /** The golden sex; {@link Sex#UNKNOWN} when no source knows it. */
  public Sex sex() {
    Sex sex = (Sex) value(PatientField.SEX);
    return sex == null ? Sex.UNKNOWN : sex;
  }

  /** The golden address, or {@code null}. */
  public Address address() {
    return (Address) value(PatientField.ADDRESS);
  }

  /** The golden phone, or {@code null}. */
  public ContactPoint phone() {
    return (ContactPoint) value(PatientField.PHONE);
  }

  /** The golden time of death, or {@code null}. */
  public Instant deceased() {
    return (Instant) value(PatientField.DECEASED);
  }

  private Object value(PatientField field) {
    FieldChoice choice = choices.get(field);
    return choice == null ? null : choice.value();
  }
}
