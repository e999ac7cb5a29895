package org.medtwin.pharma.pkpd.model;

/**
 * Individual parameters that change at known times (time-varying covariates, occasions) and are
 * constant in between; {@link OdePredictor} integrates across the changes.
 */
public interface ParameterSchedule {

  /** Parameters in force at {@code time} (those of the last change at or before it). */
  PkParameters at(double time);

  /** Times at which the parameters change, ascending. */
  double[] changeTimes();

  /** Parameters that never change. */
  static ParameterSchedule constant(PkParameters p) {
    return new ParameterSchedule() {
      @Override
      public PkParameters at(double time) {
        return p;
      }

      @Override
      public double[] changeTimes() {
        return new double[0];
      }
    };
  }
}
