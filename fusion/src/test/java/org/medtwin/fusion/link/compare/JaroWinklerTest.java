package org.medtwin.fusion.link.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values from Winkler (1990), Table 1, and hand calculation. */
class JaroWinklerTest {

  @Test
  void similarity_matchesWinklersPublishedValue_forMarthaMarhta() {
    // m=6, t=1: jaro = (1 + 1 + 5/6)/3 = 0.9444; prefix 3: 0.9444 + 0.3 * 0.0556 = 0.9611
    assertThat(JaroWinkler.similarity("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.0005));
  }

  @Test
  void similarity_matchesWinklersPublishedValue_forDixonDicksonx() {
    // m=4, t=0: jaro = (4/5 + 4/8 + 1)/3 = 0.7667; prefix 2: 0.7667 + 0.2 * 0.2333 = 0.8133
    assertThat(JaroWinkler.similarity("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.0005));
  }

  @Test
  void similarity_matchesWinklersPublishedValue_forDwayneDuane() {
    // m=4, t=0: jaro = (4/6 + 4/5 + 1)/3 = 0.8222; prefix 1: 0.8222 + 0.1 * 0.1778 = 0.8400
    assertThat(JaroWinkler.similarity("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.0005));
  }

  @Test
  void similarity_isOneForEqualStrings_andZeroWithoutCommonCharacters() {
    assertThat(JaroWinkler.similarity("smith", "smith")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isEqualTo(0.0);
    assertThat(JaroWinkler.similarity("", "abc")).isEqualTo(0.0);
  }

  @Test
  void jaro_ignoresThePrefix() {
    assertThat(JaroWinkler.jaro("MARTHA", "MARHTA")).isCloseTo(17.0 / 18, within(1e-12));
  }
}
