package org.medtwin.governance.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ZipCodesTest {

  private final ZipCodes zips = ZipCodes.standard();

  /** The 17 prefixes HHS OCR lists (De-identification Guidance, 2012, section 3.4). */
  @Test
  void restrictsExactlyTheSeventeenPrefixesOfTheHhsGuidance() {
    assertThat(zips.restricted())
        .isEqualTo(Set.of("036", "059", "063", "102", "203", "556", "692", "790", "821", "823",
            "830", "831", "878", "879", "884", "890", "893"));
  }

  @Test
  void keepsThreeDigits_andWritesRestrictedPrefixesAs000() {
    assertThat(zips.generalize("02139")).isEqualTo("021");
    assertThat(zips.generalize("02139-4307")).isEqualTo("021");
    assertThat(zips.generalize("03601")).isEqualTo("000");
    assertThat(zips.generalize("89301")).isEqualTo("000");
    assertThat(zips.generalize("89101")).isEqualTo("891");
  }

  @Test
  void keepsNothingOfACodeThatDoesNotStartWithThreeDigits() {
    assertThat(zips.generalize("K1A 0B1")).isNull();
    assertThat(zips.generalize("12")).isNull();
    assertThat(zips.generalize("")).isNull();
    assertThat(zips.generalize(null)).isNull();
  }
}
