package org.medtwin.twin.glucose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.sim.Basal;
import org.medtwin.twin.glucose.sim.Bolus;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;

class SimulationReportHtmlTest {

  @Test
  void marksEachMealAndBolusAndTabulatesTheMetrics() {
    VirtualPatient patient = VirtualPatientCatalog.bundled().patient("child#007");
    Scenario scenario = new Scenario(720, List.of(new Meal(60, 40), new Meal(360, 25)),
        new Basal.SteadyState(), false, List.of(new Bolus(50, 3.5)));
    String html = SimulationReportHtml.render(GlucoseSimulator.simulate(patient, scenario),
        scenario, 5);
    // Two meals and one bolus: three dashed markers; 720/5 + 1 = 145 values summarised.
    assertThat(html.split("stroke-dasharray", -1)).hasSize(3 + 1);
    assertThat(html).contains("40 g").contains("25 g").contains("3.50 U")
        .contains("145 values, every 5 min").contains("child#007").doesNotContain("<script");
  }
}
