package org.medtwin.pharma.pkpd.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DosingHistoryTest {

  @Test
  void sortsDosesByTimeKeepingTheOrderOfEqualTimes() {
    DosingHistory h = DosingHistory.of(BolusDose.of(12, 1), OralDose.of(0, 2), BolusDose.of(0, 3));
    assertThat(h.doses()).extracting(DoseEvent::amount).containsExactly(2.0, 3.0, 1.0);
  }

  @Test
  void regimenBuildsEquallySpacedDosesAndKeepsInfusionDurationWhenRescaled() {
    Regimen r = Regimen.infusion(1000, 12, 1.5);
    DosingHistory h = r.history(3);
    assertThat(h.doses()).extracting(DoseEvent::time).containsExactly(0.0, 12.0, 24.0);
    InfusionDose rescaled = ((InfusionDose) h.doses().get(0)).withAmount(1500);
    assertThat(rescaled.duration()).isEqualTo(1.5);
    assertThat(r.dailyAmount()).isEqualTo(2000);
    assertThat(r.describe("mg", "h")).isEqualTo("1000 mg q12h over 1.5 h");
  }

  @Test
  void missedDoseIsRemovedByPosition() {
    DosingHistory h = Regimen.oral(100, 8).history(4).without(2);
    assertThat(h.doses()).extracting(DoseEvent::time).containsExactly(0.0, 8.0, 24.0);
  }

  @Test
  void rejectsNegativeAmountsZeroRatesAndSteadyStateWithoutInterval() {
    assertThatThrownBy(() -> BolusDose.of(0, -5)).hasMessageContaining("amount -5.0");
    assertThatThrownBy(() -> InfusionDose.ofRate(0, 100, 0)).hasMessageContaining("rate 0.0");
    assertThatThrownBy(() -> new SteadyState(SteadyState.Mode.RESET, 0))
        .hasMessageContaining("Maybe II is missing");
    assertThatThrownBy(() -> BolusDose.of(Double.NaN, 5)).hasMessageContaining("NaN");
  }
}
