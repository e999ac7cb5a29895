package org.medtwin.fusion.merge;

import java.time.Instant;
import java.util.List;
import org.medtwin.core.coding.Coding;

/**
 * Sources that disagree about one person: kept and listed for a person to resolve, never silently
 * overwritten. The kinds are closed so that every consumer shows each one.
 */
public sealed interface Conflict {

  /** The person the sources disagree about. */
  String personId();

  /** The conflict kind, as stored and filtered on: {@code patient-field}, ... */
  String kind();

  /** What the sources disagree on: a golden field name, an allergy's substance, a lab's code and time. */
  String field();

  /** The competing values, each with its sources, in a stable order. */
  List<ConflictValue> values();

  /** The value survivorship chose for the golden record, or {@code null} when none was chosen. */
  String chosen();

  /** Sources disagree on a golden patient field such as the birth date or sex. */
  record PatientFieldConflict(
      String personId, PatientField patientField, List<ConflictValue> values, String chosen)
      implements Conflict {
    public PatientFieldConflict {
      values = List.copyOf(values);
    }

    @Override
    public String kind() {
      return "patient-field";
    }

    @Override
    public String field() {
      return patientField.key();
    }
  }

  /** An allergy is active in one source and refuted, inactive or resolved in another. */
  record AllergyStatusConflict(String personId, Coding substance, List<ConflictValue> values)
      implements Conflict {
    public AllergyStatusConflict {
      values = List.copyOf(values);
    }

    @Override
    public String kind() {
      return "allergy-status";
    }

    @Override
    public String field() {
      return substance.token();
    }

    @Override
    public String chosen() {
      return null;
    }
  }

  /** The same observation at the same time has different values in different records. */
  record ObservationValueConflict(
      String personId, Coding code, Instant effective, List<ConflictValue> values)
      implements Conflict {
    public ObservationValueConflict {
      values = List.copyOf(values);
    }

    @Override
    public String kind() {
      return "observation-value";
    }

    @Override
    public String field() {
      return code.token() + "@" + effective;
    }

    @Override
    public String chosen() {
      return null;
    }
  }
}
