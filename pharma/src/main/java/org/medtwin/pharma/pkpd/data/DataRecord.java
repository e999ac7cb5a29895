package org.medtwin.pharma.pkpd.data;

import java.util.Map;

/**
 * One accepted row of a NONMEM-style dataset with its items resolved (missing values as NONMEM
 * reads them: "." and empty are 0, except DV, which is NaN when missing).
 *
 * @param line 1-based line in the file
 * @param id subject identifier as written
 * @param time record time
 * @param evid event type: 0 observation, 1 dose, 2 other (covariates only)
 * @param amt dose amount
 * @param dv observed value, NaN when missing
 * @param mdv 1 when DV is missing or not to be used
 * @param cmt compartment number, 0 when not given
 * @param rate infusion rate, 0 for a bolus or an oral dose
 * @param ss steady-state flag 0, 1 or 2
 * @param ii interdose interval for SS and ADDL
 * @param addl number of additional doses every II after this one
 * @param blq true when the value is below the limit of quantification (BLQ or CENS column)
 * @param lloq lower limit of quantification (LLOQ column), NaN when not given
 * @param covariates covariate columns of this row by header name
 */
public record DataRecord(
    long line, String id, double time, int evid, double amt, double dv, int mdv, int cmt,
    double rate, int ss, double ii, int addl, boolean blq, double lloq,
    Map<String, Double> covariates) {

  /** Copies the covariates. */
  public DataRecord {
    covariates = Map.copyOf(covariates);
  }

  /** True when the record is a dose. */
  public boolean isDose() {
    return evid == 1;
  }

  /** True when the record is a usable observation. */
  public boolean isObservation() {
    return evid == 0 && mdv == 0;
  }
}
