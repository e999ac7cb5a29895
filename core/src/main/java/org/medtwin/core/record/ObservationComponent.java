package org.medtwin.core.record;

import org.medtwin.core.coding.Coding;

/**
 * One part of a multi-part observation, such as the systolic pressure of a blood pressure panel.
 *
 * @param code what the part measures
 * @param value its value, or {@code null} when absent
 */
public record ObservationComponent(Coding code, ObservationValue value) {

  public ObservationComponent {
    Require.present(code, "Observation component", "code");
  }
}
