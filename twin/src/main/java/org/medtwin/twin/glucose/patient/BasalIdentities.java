package org.medtwin.twin.glucose.patient;

import org.apache.commons.csv.CSVRecord;

/**
 * The identities that tie a patient's basal state to its parameters (spec §5); a row that breaks
 * one was edited or shifted, and its simulation would not start at steady state.
 */
final class BasalIdentities {

  private static final double RELATIVE_TOLERANCE = 1e-6;

  private BasalIdentities() {}

  static void check(PatientParameters p, CSVRecord row) {
    double[] x = p.x0();
    double gb = VirtualPatientCatalog.number(row, "Gb", "vpatient_params.csv");
    double egpb = VirtualPatientCatalog.number(row, "EGPb", "vpatient_params.csv");
    expect(p, "x0_ 4 (Gp) = Gb·Vg", x[3], gb * p.vg());
    expect(p, "x0_ 6 (Ip) = Ib·Vi", x[5], p.ib() * p.vi());
    expect(p, "x0_ 8 (I1) = Ib", x[7], p.ib());
    expect(p, "x0_ 9 (Id) = Ib", x[8], p.ib());
    expect(p, "x0_13 (Gs) = Gp", x[12], x[3]);
    expect(p, "x0_ 5 (Gt) = (Fsnc − EGPb + k1·Gpb)/k2", x[4],
        (p.fsnc() - egpb + p.k1() * x[3]) / p.k2());
    expect(p, "x0_10 (Il) = m2·Ipb/(m1+m30)", x[9], p.m2() * x[5] / (p.m1() + p.m30()));
    expect(p, "x0_11 (Isc1) = u2ss/(kd+ka1)", x[10], p.u2ss() / (p.kd() + p.ka1()));
    expect(p, "x0_12 (Isc2) = kd·Isc1/ka2", x[11], p.kd() * x[10] / p.ka2());
    expect(p, "kp1 = EGPb + kp2·Gpb + kp3·Ib", p.kp1(), egpb + p.kp2() * x[3] + p.kp3() * p.ib());
    expect(p, "Vm0 = (EGPb − Fsnc)(Km0 + Gtb)/Gtb", p.vm0(),
        (egpb - p.fsnc()) * (p.km0() + x[4]) / x[4]);
    for (int i : new int[] {0, 1, 2, 6}) {
      if (x[i] != 0) {
        throw new IllegalArgumentException("vpatient_params.csv, patient " + p.name()
            + ": basal state x0_" + (i + 1) + " must be 0 (empty gut, no insulin action), got "
            + x[i] + ".");
      }
    }
  }

  private static void expect(PatientParameters p, String identity, double actual, double expected) {
    if (Math.abs(actual - expected) > RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(expected))) {
      throw new IllegalArgumentException("vpatient_params.csv, patient " + p.name()
          + ": the basal identity " + identity + " fails (" + actual + " vs " + expected
          + "). Maybe the row was edited or its columns shifted?");
    }
  }
}
