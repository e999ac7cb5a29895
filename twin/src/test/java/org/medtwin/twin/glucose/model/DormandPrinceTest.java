package org.medtwin.twin.glucose.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DormandPrinceTest {

  @Test
  void followsExponentialDecayToTheTolerance() {
    OdeSystem decay = new OdeSystem() {
      @Override public int dimension() { return 1; }
      @Override public void derivatives(double[] x, double[] dx) { dx[0] = -0.3 * x[0]; }
    };
    DormandPrince integrator = DormandPrince.withReferenceTolerances(1);
    double[] y = {100.0};
    for (int minute = 0; minute < 60; minute++) {
      integrator.advance(decay, y, 1.0);
    }
    // y(60) = 100·e^(−18)
    assertThat(y[0]).isCloseTo(100 * Math.exp(-18), within(1e-6 * 100 * Math.exp(-18) * 60));
  }

  @Test
  void keepsAnOscillatorOnItsCircle() {
    OdeSystem oscillator = new OdeSystem() {
      @Override public int dimension() { return 2; }
      @Override public void derivatives(double[] x, double[] dx) { dx[0] = x[1]; dx[1] = -x[0]; }
    };
    DormandPrince integrator = new DormandPrince(2, 1e-9, 1e-12);
    double[] y = {1.0, 0.0};
    integrator.advance(oscillator, y, 2 * Math.PI);
    assertThat(y[0]).isCloseTo(1.0, within(1e-7));
    assertThat(y[1]).isCloseTo(0.0, within(1e-7));
  }
}
