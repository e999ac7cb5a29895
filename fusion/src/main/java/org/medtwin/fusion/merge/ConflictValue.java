package org.medtwin.fusion.merge;

import java.util.List;
import org.medtwin.core.provenance.Provenance;

/**
 * One of the competing values of a conflict, with every source record that reported it.
 *
 * @param value the value as text (a date, a sex code, {@code 5.5 mmol/L}, an allergy status)
 * @param reportedBy the records that hold it
 */
public record ConflictValue(String value, List<Provenance> reportedBy) {

  public ConflictValue {
    reportedBy = List.copyOf(reportedBy);
  }
}
