package org.medtwin.fusion.merge;

import java.math.BigDecimal;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;

/**
 * How precisely a source reported a numeric value: half a unit of its last decimal, and, when
 * ingestion converted it from a local unit, half a unit of the original's last decimal times the
 * conversion factor. A creatinine sent as 88 µmol/L and converted to 0.995 mg/dL is only known to
 * ±0.0057 mg/dL, however many decimals the conversion wrote.
 */
final class ValuePrecision {

  private ValuePrecision() {}

  /** Half the width of the interval the reported value stands for; 0 for a non-numeric value. */
  static double halfWidth(Observation observation) {
    if (!(observation.value() instanceof ObservationValue.Numeric numeric)) {
      return 0;
    }
    BigDecimal value = numeric.quantity().value();
    double halfWidth = halfUnit(value);
    if (observation.sourceValue() instanceof ObservationValue.Numeric original
        && original.quantity().value().signum() != 0) {
      BigDecimal source = original.quantity().value();
      double factor = Math.abs(value.doubleValue() / source.doubleValue());
      halfWidth = Math.max(halfWidth, halfUnit(source) * factor);
    }
    return halfWidth;
  }

  private static double halfUnit(BigDecimal value) {
    return 0.5 * Math.pow(10, -value.scale());
  }
}
