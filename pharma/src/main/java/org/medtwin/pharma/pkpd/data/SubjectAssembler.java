package org.medtwin.pharma.pkpd.data;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

/** Turns one subject's accepted records into its dosing history, measurements and covariates. */
final class SubjectAssembler {

  private final DoseRouting routing;
  private final String source;

  SubjectAssembler(DoseRouting routing, String source) {
    this.routing = routing;
    this.source = source;
  }

  SubjectData assemble(String id, List<DataRecord> records, List<DataIssue> issues) {
    List<DoseEvent> doses = new ArrayList<>();
    List<Measurement> measurements = new ArrayList<>();
    List<DataRecord> kept = new ArrayList<>();
    for (DataRecord record : records) {
      if (record.isDose()) {
        DoseEvent dose = dose(record, issues);
        if (dose == null) {
          continue;
        }
        doses.add(dose);
        for (int k = 1; k <= record.addl(); k++) {
          doses.add(dose.at(record.time() + k * record.ii()).withSteadyState(SteadyState.NONE));
        }
      } else if (record.evid() == 0 && record.blq()) {
        measurements.add(new Measurement(record.time(), record.dv(), true, record.lloq(),
            record.line()));
      } else if (record.isObservation()) {
        measurements.add(new Measurement(record.time(), record.dv(), false, record.lloq(),
            record.line()));
      }
      kept.add(record);
    }
    measurements.sort((a, b) -> Double.compare(a.time(), b.time()));
    return new SubjectData(id, new DosingHistory(doses), measurements,
        CovariateHistory.fromRecords(kept), kept);
  }

  private DoseEvent dose(DataRecord r, List<DataIssue> issues) {
    int cmt = r.cmt() == 0 ? (routing.hasDepot() ? routing.depot() : routing.central()) : r.cmt();
    SteadyState ss = r.ss() == 0 ? SteadyState.NONE
        : (r.ss() == 1 ? SteadyState.reset(r.ii()) : SteadyState.add(r.ii()));
    boolean depot = routing.hasDepot() && cmt == routing.depot();
    if (!depot && cmt != routing.central()) {
      issues.add(new DataIssue(source, r.line(), "CMT",
          "Dose into CMT " + cmt + ", which is neither the central compartment (" + routing.central()
              + ")" + (routing.hasDepot() ? " nor the depot (" + routing.depot() + ")" : "")
              + " of this model. Maybe the data were written for a model "
              + (routing.hasDepot() ? "without" : "with") + " an absorption depot?"));
      return null;
    }
    if (r.rate() > 0) {
      return new InfusionDose(r.time(), r.amt(), r.rate(), depot, ss);
    }
    return depot ? new OralDose(r.time(), r.amt(), ss) : new BolusDose(r.time(), r.amt(), ss);
  }
}
