package org.medtwin.twin.glucose.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.twin.glucose.patient.VirtualPatient;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;

class ScenarioJsonTest {

  @Test
  void readsTheIssueExampleWithCarbRatioBolusesAndSteadyBasal() {
    Scenario s = ScenarioJson.parse("{\"duration_minutes\":1440, \"meals\":[{\"minute\":420,"
        + "\"grams\":50},{\"minute\":720,\"grams\":70}], \"basal\":\"steady-state\", "
        + "\"bolus\":\"carb-ratio\"}", "test");
    VirtualPatient adult1 = VirtualPatientCatalog.bundled().patient("adult#001");
    double[] insulin = s.insulinUnitsPerMinute(adult1);
    double basal = adult1.model().basalUnitsPerMinute();
    // adult#001: CR 10 g/U (Quest.csv) → 5 U within minute 420, 7 U within minute 720.
    assertThat(adult1.therapy().carbRatio()).isEqualTo(10);
    assertThat(insulin[420]).isCloseTo(basal + 5.0, within(1e-12));
    assertThat(insulin[720]).isCloseTo(basal + 7.0, within(1e-12));
    assertThat(insulin[421]).isEqualTo(basal);
    assertThat(s.announcedGrams()[720]).isEqualTo(70);
  }

  @Test
  void acceptsExplicitBolusesAndAFixedBasal() {
    Scenario s = ScenarioJson.parse("{\"duration_minutes\":60, \"basal\":{\"units_per_hour\":0.6},"
        + " \"bolus\":[{\"minute\":10,\"units\":2.5}]}", "test");
    VirtualPatient child = VirtualPatientCatalog.bundled().patient("child#001");
    assertThat(s.insulinUnitsPerMinute(child)[10]).isCloseTo(0.01 + 2.5, within(1e-12));
    assertThat(s.insulinUnitsPerMinute(child)[11]).isCloseTo(0.01, within(1e-12));
  }

  @Test
  void rejectsMalformedJsonWithItsPosition() {
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":1440,", "day.json"))
        .hasMessageContaining("day.json").hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> ScenarioJson.parse("[1,2]", "day.json"))
        .hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> ScenarioJson.parse("", "day.json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeGramsNamingTheMeal() {
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":1440, \"meals\":"
        + "[{\"minute\":420,\"grams\":-50}]}", "day.json"))
        .hasMessageContaining("day.json").hasMessageContaining("-50.0 g");
  }

  @Test
  void rejectsHugeDurationsAndMealsAfterTheEnd() {
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":99999999}", "x"))
        .hasMessageContaining("99999999").hasMessageContaining("Maybe seconds");
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":1e12}", "x"))
        .hasMessageContaining("duration_minutes");
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":60, \"meals\":"
        + "[{\"minute\":60,\"grams\":10}]}", "x"))
        .hasMessageContaining("not before the end");
  }

  @Test
  void rejectsUnknownFieldsAndStrings() {
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":60, \"meal\":[]}", "x"))
        .hasMessageContaining("unknown field 'meal'");
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":\"1440\"}", "x"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ScenarioJson.parse("{\"duration_minutes\":60, \"bolus\":\"lots\"}",
        "x")).hasMessageContaining("carb-ratio");
  }

  @Test
  void reportsAMissingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> ScenarioJson.read(dir.resolve("none.json")))
        .hasMessageContaining("does not exist");
  }
}
