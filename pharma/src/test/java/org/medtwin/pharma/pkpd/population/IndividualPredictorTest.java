package org.medtwin.pharma.pkpd.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.data.CovariateHistory;
import org.medtwin.pharma.pkpd.data.DataRecord;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.model.PkModel;

class IndividualPredictorTest {

  /** CL = 5 (CRCL/100) L/h, V = 25 L, optional IOV on CL. */
  private static PopulationModel model(double iov) {
    Map<String, ParameterModel> params = new LinkedHashMap<>();
    params.put("cl", new ParameterModel("cl", 5, "L/h",
        List.of(CovariateEffect.power("CRCL", 100, 1)), iov));
    params.put("v1", new ParameterModel("v1", 25, "L", List.of(), 0));
    return new PopulationModel("t", "d", "x", "c", "s", "", Units.mgLiterHour(),
        PkModel.oneCompartmentIv(), params, RandomEffects.none(), Optional.empty(), List.of());
  }

  private static DataRecord row(double time, Map<String, Double> covariates) {
    return new DataRecord(1, "1", time, 2, 0, Double.NaN, 1, 0, 0, 0, 0, 0, false, Double.NaN,
        covariates);
  }

  @Test
  void clearanceChangesWhenCreatinineClearanceIsRecordedLower() {
    // CRCL 100 until 10 h, then 50: k = 0.2 then 0.1. C(10) = 20 e^-2, C(16) = C(10) e^-0.6
    // (hand calculation with last observation carried forward).
    PatientCovariates covariates = new PatientCovariates(CovariateHistory.fromRecords(List.of(
        row(0, Map.of("CRCL", 100.0)), row(10, Map.of("CRCL", 50.0)))));
    double[] out = new double[3];
    new IndividualPredictor(model(0)).concentrations(covariates, new double[0], new double[0][],
        DosingHistory.of(BolusDose.of(0, 500)), new double[] {5, 10, 16}, out);
    assertThat(out[0]).isCloseTo(20 * Math.exp(-1), within(1e-8));
    assertThat(out[1]).isCloseTo(20 * Math.exp(-2), within(1e-8));
    assertThat(out[2]).isCloseTo(20 * Math.exp(-2) * Math.exp(-0.6), within(1e-8));
  }

  @Test
  void eachOccasionUsesItsOwnKappa() {
    // Occasion 1 from 0 h (kappa 0), occasion 2 from 24 h (kappa ln 2: CL doubles, k 0.4).
    // Dose 500 at 24 h: C(30) = 20 e^-(0.4*6) + (residual of the first dose) 20 e^-(0.2*24) e^-(0.4*6).
    PatientCovariates covariates = new PatientCovariates(CovariateHistory.fromRecords(List.of(
        row(0, Map.of("CRCL", 100.0, "OCC", 1.0)), row(24, Map.of("CRCL", 100.0, "OCC", 2.0)))));
    double[] out = new double[1];
    new IndividualPredictor(model(0.04)).concentrations(covariates, new double[0],
        new double[][] {{0}, {Math.log(2)}},
        DosingHistory.of(BolusDose.of(0, 500), BolusDose.of(24, 500)), new double[] {30}, out);
    double expected = 20 * Math.exp(-2.4) + 20 * Math.exp(-4.8) * Math.exp(-2.4);
    assertThat(out[0]).isCloseTo(expected, within(1e-8));
  }
}
