package org.medtwin.pharma.pkpd.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

/**
 * Every model with a closed form agrees with numerical integration of its differential equations
 * to 1e-6 relative error over multiple-dose histories (the acceptance criterion). The two
 * share nothing but the parameters: the ODE path integrates the equations and finds steady states
 * by repeating intervals until the state repeats.
 */
class ClosedFormOdeAgreementTest {

  static Stream<Arguments> modelsAndHistories() {
    List<Arguments> cases = new ArrayList<>();
    PkParameters one = PkParameters.oneCompartment(4, 35);
    PkParameters two = PkParameters.twoCompartment(4, 20, 6, 45);
    PkParameters three = PkParameters.threeCompartment(4, 15, 8, 30, 1.5, 90);
    PkParameters[] disposition = {one, two, three};
    for (int n = 1; n <= 3; n++) {
      PkParameters iv = disposition[n - 1];
      PkParameters oral = iv.withAbsorption(0.9, 0.7, 0.75);
      for (String name : ivHistories().keySet()) {
        cases.add(Arguments.of(n + "-cpt IV " + name, new PkModel(n, false), iv,
            ivHistories().get(name)));
      }
      for (String name : oralHistories().keySet()) {
        cases.add(Arguments.of(n + "-cpt oral " + name, new PkModel(n, true), oral,
            oralHistories().get(name)));
      }
    }
    return cases.stream();
  }

  static java.util.Map<String, DosingHistory> ivHistories() {
    java.util.Map<String, DosingHistory> h = new java.util.LinkedHashMap<>();
    List<DoseEvent> changing = new ArrayList<>();
    changing.add(BolusDose.of(0, 1000));
    changing.add(BolusDose.of(12, 750));
    // 24 h missed
    changing.add(InfusionDose.ofDuration(36, 1500, 2));
    changing.add(InfusionDose.ofDuration(44, 1000, 1)); // interval changes to 8 h
    changing.add(InfusionDose.ofDuration(52, 1000, 10)); // runs past the next dose
    changing.add(BolusDose.of(60, 500));
    h.put("changing doses and intervals with a missed dose", new DosingHistory(changing));
    h.put("SS infusion longer than the interval then a changed dose", DosingHistory.of(
        new InfusionDose(0, 1200, 60, false, SteadyState.reset(12)),
        InfusionDose.ofDuration(12, 800, 1)));
    h.put("SS bolus then SS=2 on top", DosingHistory.of(
        new BolusDose(0, 500, SteadyState.reset(8)),
        BolusDose.of(8, 500),
        new InfusionDose(16, 300, 150, false, SteadyState.add(12))));
    return h;
  }

  static java.util.Map<String, DosingHistory> oralHistories() {
    java.util.Map<String, DosingHistory> h = new java.util.LinkedHashMap<>();
    List<DoseEvent> changing = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      if (i != 3) { // missed dose
        changing.add(OralDose.of(i * 12.0, 250 + 50 * i));
      }
    }
    changing.add(BolusDose.of(80, 100));
    h.put("oral with a missed dose and an IV rescue", new DosingHistory(changing));
    h.put("SS oral with lag then a changed dose", DosingHistory.of(
        new OralDose(0, 400, SteadyState.reset(12)), OralDose.of(12, 200), OralDose.of(24, 200)));
    h.put("SS zero-order depot input longer than the interval", DosingHistory.of(
        new InfusionDose(0, 300, 20, true, SteadyState.reset(8)), OralDose.of(8, 300)));
    return h;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelsAndHistories")
  void closedFormAndOdeAgreeToOneInAMillion(
      String name, PkModel model, PkParameters p, DosingHistory history) {
    double[] times = new double[200];
    for (int i = 0; i < times.length; i++) {
      times[i] = i * 0.5 + 0.013;
    }
    double[] closed = model.closedForm().concentrations(p, history, times);
    double[] ode = model.ode().concentrations(p, history, times);
    for (int i = 0; i < times.length; i++) {
      if (closed[i] == 0) { // before the first absorption lag is over
        assertThat(ode[i]).as("t = %s", times[i]).isZero();
        continue;
      }
      assertThat(Math.abs(closed[i] - ode[i]) / closed[i])
          .as("relative error at t = %s (closed %s, ode %s)", times[i], closed[i], ode[i])
          .isLessThan(1e-6);
    }
  }
}
