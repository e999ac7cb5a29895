package org.medtwin.twin.glucose.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VirtualPatientCatalogTest {

  private final VirtualPatientCatalog catalog = VirtualPatientCatalog.bundled();

  @Test
  void bundlesTheThirtyPatientsOfSimglucose() {
    assertThat(catalog.names()).hasSize(30)
        .startsWith("adolescent#001").contains("adult#001", "child#010");
  }

  @Test
  void readsAdolescent001AsTheFilePrintsIt() {
    // Values read by eye from the first data row of vpatient_params.csv and Quest.csv.
    VirtualPatient patient = catalog.patient("adolescent#001");
    assertThat(patient.model().bw()).isEqualTo(68.706);
    assertThat(patient.model().vg()).isEqualTo(1.6818);
    assertThat(patient.model().x0()[3]).isEqualTo(250.621836);
    assertThat(patient.therapy().carbRatio()).isEqualTo(12);
  }

  @Test
  void basalRateAndCarbRatioReproduceQuestTotalDailyInsulin() {
    // SOURCE.md: TDI = 1440·u2ss·BW/6000 + 200/CR exactly (a day of basal + 200 g of boluses).
    for (String name : catalog.names()) {
      VirtualPatient p = catalog.patient(name);
      double tdi = 1440 * p.model().basalUnitsPerMinute() + 200 / p.therapy().carbRatio();
      assertThat(tdi).as(name).isCloseTo(p.therapy().totalDailyInsulin(), within(1e-6));
    }
  }

  @Test
  void unknownPatientNamesTheExistingIds() {
    assertThatThrownBy(() -> catalog.patient("adult#1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("adult#1").hasMessageContaining("adult#001..#010");
  }

  @Test
  void rejectsARowWhoseBasalStateBreaksTheModelIdentities() throws IOException {
    String params = bundled("vpatient_params.csv");
    String header = params.substring(0, params.indexOf('\n') + 1);
    String row = params.lines().skip(1).findFirst().orElseThrow();
    // Gp at x0 (250.621836) no longer equals Gb·Vg.
    String edited = header + row.replaceFirst(",250\\.621836,", ",260.0,") + "\n";
    assertThatThrownBy(() -> VirtualPatientCatalog.read(new StringReader(edited),
            new StringReader(bundled("Quest.csv"))))
        .hasMessageContaining("adolescent#001").hasMessageContaining("Gb·Vg");
  }

  @Test
  void rejectsAMalformedNumberWithItsColumn() throws IOException {
    String params = bundled("vpatient_params.csv");
    String header = params.substring(0, params.indexOf('\n') + 1);
    String row = params.lines().skip(1).findFirst().orElseThrow();
    String edited = header + row.replaceFirst(",68\\.706,", ",heavy,") + "\n";
    assertThatThrownBy(() -> VirtualPatientCatalog.read(new StringReader(edited),
            new StringReader(bundled("Quest.csv"))))
        .hasMessageContaining("'BW'").hasMessageContaining("heavy");
  }

  private static String bundled(String file) throws IOException {
    try (InputStream in = VirtualPatientCatalog.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
