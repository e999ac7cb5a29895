package org.medtwin.pharma.pkpd.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;

/** The mode-carrying evaluator agrees with the superposition sum on mixed random histories. */
class ModalEvaluatorTest {

  @Test
  void agreesWithSuperpositionOnRandomMultipleDoseHistories() {
    Random random = new Random(5);
    PkParameters[] params = {
      PkParameters.oneCompartment(3, 30).withAbsorption(1.3, 0.8, 0.4),
      PkParameters.twoCompartment(3, 20, 5, 40).withAbsorption(0.7, 0.9, 0.25),
      PkParameters.threeCompartment(3, 15, 6, 25, 1, 70).withAbsorption(2.0, 1, 0)};
    for (int n = 1; n <= 3; n++) {
      PkModel model = new PkModel(n, true);
      for (int trial = 0; trial < 20; trial++) {
        List<DoseEvent> doses = new ArrayList<>();
        double t = 0;
        for (int d = 0; d < 10; d++) {
          int kind = random.nextInt(4);
          double amount = 100 + random.nextInt(900);
          doses.add(kind == 0 ? BolusDose.of(t, amount) : kind == 1 ? OralDose.of(t, amount)
              : new InfusionDose(t, amount, amount / (0.5 + 20 * random.nextDouble()), kind == 3,
                  org.medtwin.pharma.pkpd.dosing.SteadyState.NONE));
          t += 1 + random.nextInt(24);
        }
        DosingHistory history = new DosingHistory(doses);
        double[] times = new double[400];
        for (int i = 0; i < times.length; i++) {
          times[i] = i * 0.6;
        }
        double[] expected = model.closedForm().concentrations(params[n - 1], history, times);
        double[] actual = new double[times.length];
        new ModalEvaluator(model, params[n - 1], history).concentrations(times, actual);
        for (int i = 0; i < times.length; i++) {
          assertThat(Math.abs(actual[i] - expected[i]))
              .as("model %d, trial %d, t %s", n, trial, times[i])
              .isLessThanOrEqualTo(1e-9 * Math.max(1e-3, Math.abs(expected[i])));
        }
      }
    }
  }
}
