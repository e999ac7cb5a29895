package org.medtwin.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HospitalSettingsTest {

  @TempDir Path dir;

  @Test
  void environmentOverridesTheFile_whichOverridesTheDefaults() throws Exception {
    Path file = dir.resolve("hospital.properties");
    Files.writeString(file, "hospital.port=9090\nhospital.lockout-minutes=30\n");
    HospitalSettings settings =
        HospitalSettings.load(file, Map.of("MEDTWIN_HOSPITAL_PORT", "9443"));
    assertThat(settings.port()).isEqualTo(9443);
    assertThat(settings.lockout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.host()).isEqualTo("localhost");
  }

  @Test
  void namesTheFileAndKeyOfABadValue() throws Exception {
    Path file = dir.resolve("hospital.properties");
    Files.writeString(file, "hospital.port=eighty\n");
    assertThatThrownBy(() -> HospitalSettings.load(file, Map.of()))
        .hasMessageContaining("hospital.port").hasMessageContaining("eighty")
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> HospitalSettings.load(null, Map.of("MEDTWIN_HOSPITAL_PORT", "70000")))
        .hasMessageContaining("70000");
  }
}
