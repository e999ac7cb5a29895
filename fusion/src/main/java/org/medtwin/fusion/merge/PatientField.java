package org.medtwin.fusion.merge;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/** A field of the golden patient that survivorship chooses from the sources' values. */
public enum PatientField {
  NAME("name", p -> p.names().isEmpty() ? null : p.names().get(0)),
  BIRTH_DATE("birthDate", Patient::birthDate),
  SEX("sex", p -> p.sex() == Sex.UNKNOWN ? null : p.sex()),
  ADDRESS("address", p -> p.addresses().isEmpty() ? null : p.addresses().get(0)),
  PHONE("phone", p -> p.telecom().stream().filter(c -> c.system().equals("phone")).findFirst().orElse(null)),
  DECEASED("deceased", Patient::deceased);

  private final String key;
  private final Function<Patient, Object> value;

  PatientField(String key, Function<Patient, Object> value) {
    this.key = key;
    this.value = value;
  }

  /** The field's name in the survivorship file and in conflicts. */
  public String key() {
    return key;
  }

  /** The record's value for this field, or {@code null} when the record leaves it empty. */
  public Object valueOf(Patient patient) {
    return value.apply(patient);
  }

  /**
   * What two values of this field must share to be the same: the value itself, except a time of
   * death, where one source sends the day and another the minute, so the UTC day.
   */
  public Object sameAs(Object value) {
    return this == DECEASED ? ((java.time.Instant) value).atZone(java.time.ZoneOffset.UTC).toLocalDate() : value;
  }

  /** The field with this key, or {@code null}. */
  static PatientField byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst().orElse(null);
  }

  /** Every key, for error messages. */
  static List<String> keys() {
    return Arrays.stream(values()).map(PatientField::key).toList();
  }
}
