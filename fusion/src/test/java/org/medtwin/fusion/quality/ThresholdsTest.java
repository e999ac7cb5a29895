package org.medtwin.fusion.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.fusion.quality.catalog.CatalogContext;
import org.medtwin.fusion.quality.catalog.CheckCatalog;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.knowledge.ClinicalKnowledge;

class ThresholdsTest {

  @TempDir Path dir;

  private static Set<String> ids() {
    return CheckCatalog.ids(new CatalogContext(Thresholds.bundled(), ClinicalKnowledge.bundled(),
        Instant.parse("2026-01-01T00:00:00Z"), null));
  }

  @Test
  void bundledFile_coversEveryCheckType() {
    Thresholds bundled = Thresholds.bundled();
    for (CheckType type : CheckCatalog.types()) {
      assertThat(bundled.forCheck(type.id()).maxPercent()).as(type.id()).isBetween(0.0, 100.0);
    }
    assertThat(bundled.keys()).hasSize(CheckCatalog.types().size());
  }

  @Test
  void userFile_overridesATypeAndAnInstance_andKeepsTheRest() throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, """
        {"version": "site-1", "examplesPerSource": 2, "checks": {
          "completeness.gap_in_observation_time": {"maxPercent": 20, "parameters": {"years": 5}},
          "plausibility.event_before_birth@observation.effective": {"maxPercent": 0.5}
        }}""");
    Thresholds thresholds = Thresholds.withOverrides(file, ids());

    assertThat(thresholds.parameter("completeness.gap_in_observation_time", "years")).isEqualTo(5.0);
    assertThat(thresholds.forCheck("completeness.gap_in_observation_time@encounter.start_time").maxPercent())
        .isEqualTo(20.0);
    assertThat(thresholds.forCheck("plausibility.event_before_birth@observation.effective").maxPercent()).isEqualTo(0.5);
    assertThat(thresholds.forCheck("plausibility.event_before_birth@encounter.start_time").maxPercent()).isZero();
    assertThat(thresholds.examplesPerSource()).isEqualTo(2);
    assertThat(thresholds.version()).isEqualTo("1.0.0+site-1");
  }

  @Test
  void unknownCheck_isRefusedWithTheNearestName() throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, "{\"version\": \"x\", \"checks\": {\"plausibility.event_before_brth\": {\"maxPercent\": 1}}}");

    assertThatThrownBy(() -> Thresholds.withOverrides(file, ids()))
        .isInstanceOf(QualityException.class)
        .hasMessageContaining("plausibility.event_before_brth")
        .hasMessageContaining("Maybe plausibility.event_before_birth?");
  }

  @Test
  void badValues_areRefusedNamingTheFileAndCheck() throws Exception {
    Path file = dir.resolve("t.json");
    Files.writeString(file, "{\"version\": \"x\", \"checks\": {\"conformance.orphan_fact\": {\"maxPercent\": 150}}}");
    assertThatThrownBy(() -> Thresholds.withOverrides(file, ids()))
        .hasMessageContaining("t.json").hasMessageContaining("conformance.orphan_fact").hasMessageContaining("[0, 100]");

    Files.writeString(file, "{\"version\": \"x\", \"checks\": {\"completeness.gap_in_observation_time\":"
        + " {\"parameters\": {\"yeras\": 2}}}}");
    assertThatThrownBy(() -> Thresholds.withOverrides(file, ids())).hasMessageContaining("Maybe one of [years]?");

    Files.writeString(file, "{not json");
    assertThatThrownBy(() -> Thresholds.withOverrides(file, ids())).hasMessageContaining("is not valid JSON");

    Files.writeString(file, "");
    assertThatThrownBy(() -> Thresholds.withOverrides(file, ids())).isInstanceOf(QualityException.class);

    assertThatThrownBy(() -> Thresholds.withOverrides(dir.resolve("missing.json"), ids()))
        .hasMessageContaining("does not exist");
  }
}
