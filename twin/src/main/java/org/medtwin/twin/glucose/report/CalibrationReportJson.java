package org.medtwin.twin.glucose.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medtwin.twin.glucose.calibrate.BolusAdvice;
import org.medtwin.twin.glucose.calibrate.Calibration;
import org.medtwin.twin.glucose.calibrate.GlucoseForecast;
import org.medtwin.twin.glucose.calibrate.ParameterEstimate;

/** Writes a calibration report as JSON for programs (the HTML page is for people). */
public final class CalibrationReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CalibrationReportJson() {}

  /** Writes the report. */
  public static void write(CalibrationReport report, Writer out) throws IOException {
    MAPPER.writeValue(out, tree(report));
  }

  static Map<String, Object> tree(CalibrationReport report) {
    Calibration c = report.calibration();
    BolusAdvice advice = report.advice();
    GlucoseForecast f = advice.forecast();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("patient", c.patient().name());
    root.put("history_minutes", c.minute());
    root.put("cgm_readings_used", c.readingsUsed());
    root.put("particles", c.particleCount());
    root.put("fit_rmse_mg_dl", report.fitRmseMgDl());
    root.put("insulin_sensitivity_factor", estimate(c.insulinSensitivity()));
    root.put("absorption_factor", estimate(c.absorption()));
    Map<String, Object> bolus = new LinkedHashMap<>();
    bolus.put("meal_grams", advice.mealGrams());
    bolus.put("advised_units", advice.advisedUnits());
    bolus.put("calculator_units", advice.calculatorUnits());
    bolus.put("limited_by_hypoglycaemia", advice.limitedByHypoglycaemia());
    bolus.put("p5_of_minimum_mg_dl", f.p5OfMinimum());
    root.put("bolus_advice", bolus);
    Map<String, Object> forecast = new LinkedHashMap<>();
    forecast.put("step_minutes", f.stepMinutes());
    forecast.put("p5_mg_dl", f.p5());
    forecast.put("median_mg_dl", f.median());
    forecast.put("p95_mg_dl", f.p95());
    root.put("forecast_plasma_glucose", forecast);
    return root;
  }

  private static Map<String, Object> estimate(ParameterEstimate e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", e.mean());
    m.put("p5", e.p5());
    m.put("median", e.median());
    m.put("p95", e.p95());
    return m;
  }
}
