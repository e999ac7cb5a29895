package org.medtwin.governance.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medtwin.governance.key.GovernanceKey;

class PseudonymsTest {

  private final Pseudonyms pseudonyms = new Pseudonyms(key("a"));

  @Test
  void givesTheSamePseudonymForTheSameId_andAnotherUnderAnotherKey() {
    assertThat(pseudonyms.patient("p1")).isEqualTo(pseudonyms.patient("p1"));
    assertThat(pseudonyms.patient("p1")).isNotEqualTo(pseudonyms.patient("p2"));
    assertThat(new Pseudonyms(key("b")).patient("p1")).isNotEqualTo(pseudonyms.patient("p1"));
    assertThat(pseudonyms.patient("p1")).matches("pt-[0-9a-f]{32}").doesNotContain("p1-");
  }

  @Test
  void keepsPatientAndRecordIdsApart() {
    assertThat(pseudonyms.record("p1")).isNotEqualTo(pseudonyms.patient("p1").replace("pt-", "rec-"));
  }

  @Test
  void writesDicomUidsInThe225Arc() {
    // ISO/IEC 9834-8: 2.25 followed by a decimal integer below 2^128 (at most 39 digits).
    assertThat(pseudonyms.uid("1.2.840.113619.2.55.3")).matches("2\\.25\\.[1-9][0-9]{0,38}");
  }

  @Test
  void shiftsDatesByANonZeroNumberOfDaysWithinTheLimit_bothWays() {
    Set<Integer> signs = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      int shift = pseudonyms.shiftDays("patient-" + i, 30);
      assertThat(shift).isBetween(-30, 30).isNotZero();
      signs.add(Integer.signum(shift));
    }
    assertThat(signs).containsExactlyInAnyOrder(-1, 1);
  }

  static GovernanceKey key(String fill) {
    return GovernanceKey.of(fill.repeat(40).getBytes(StandardCharsets.UTF_8), "test");
  }
}
