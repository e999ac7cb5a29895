package org.medtwin.twin.ranking;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.medtwin.twin.engine.Measurement;
import org.medtwin.twin.engine.PatientTwin;

/** The covariates pharmacology models ask for, read off a twin: WT, CRCL, AGE, PNA, DIAL. */
final class TwinCovariates {

  /** LOINC body weight. */
  static final String BODY_WEIGHT = "29463-7";

  private TwinCovariates() {}

  /** The covariates the twin has, by the library's names; a missing fact leaves its covariate out. */
  static Map<String, Double> of(PatientTwin twin) {
    Map<String, Double> values = new HashMap<>();
    Measurement weight = twin.measurement(BODY_WEIGHT);
    if (weight != null && "kg".equals(weight.unit())) {
      values.put("WT", weight.value());
    }
    if (twin.kidney() != null && twin.kidney().creatinineClearance() != null) {
      values.put("CRCL", twin.kidney().creatinineClearance());
    }
    if (twin.demographics().ageYears() != null) {
      values.put("AGE", twin.demographics().ageYears().doubleValue());
    }
    if (twin.demographics().birthDate() != null) {
      values.put("PNA", (double) ChronoUnit.DAYS.between(twin.demographics().birthDate(),
          twin.asOf().atOffset(ZoneOffset.UTC).toLocalDate()));
    }
    // Intermittent haemodialysis is not yet read from the record (procedures); the twin assumes none.
    values.put("DIAL", 0.0);
    return values;
  }
}
