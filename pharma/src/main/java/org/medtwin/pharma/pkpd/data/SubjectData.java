package org.medtwin.pharma.pkpd.data;

import java.util.List;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;

/**
 * Everything a dataset says about one subject: doses, measured concentrations, covariates over
 * time and the accepted records themselves.
 *
 * @param id subject identifier as written in the file
 * @param doses the dosing history (ADDL expanded)
 * @param measurements observations with MDV = 0, in time order
 * @param covariates covariates over time (last observation carried forward)
 * @param records the accepted rows, in file order
 */
public record SubjectData(
    String id,
    DosingHistory doses,
    List<Measurement> measurements,
    CovariateHistory covariates,
    List<DataRecord> records) {

  /** Copies the lists. */
  public SubjectData {
    measurements = List.copyOf(measurements);
    records = List.copyOf(records);
  }

  /** Sampling times of the measurements. */
  public double[] measurementTimes() {
    return measurements.stream().mapToDouble(Measurement::time).toArray();
  }
}
