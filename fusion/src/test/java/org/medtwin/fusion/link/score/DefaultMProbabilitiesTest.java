package org.medtwin.fusion.link.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.Comparisons;
import org.medtwin.fusion.link.standardize.Nicknames;

class DefaultMProbabilitiesTest {

  @Test
  void of_givesEveryStandardComparisonButIdentifierAndAddressExtraANormalisedPrior() {
    List<Comparison> comparisons = Comparisons.defaults(Nicknames.standard());

    for (Comparison c : comparisons) {
      double[] m = DefaultMProbabilities.of(c);
      if (c.name().equals("identifier") || c.name().equals("address extra")) {
        assertThat(m).as(c.name()).isNull();
        continue;
      }
      assertThat(m).as(c.name()).hasSize(c.labels().size());
      double[] levels = Arrays.copyOf(m, m.length - 1);
      assertThat(Arrays.stream(levels).sum()).as(c.name()).isCloseTo(1.0, within(1e-9));
      assertThat(Arrays.stream(levels).min().orElseThrow()).as(c.name()).isPositive();
    }
  }
}
