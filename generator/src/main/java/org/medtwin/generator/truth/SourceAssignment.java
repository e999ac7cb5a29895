package org.medtwin.generator.truth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Picks the non-empty set of sources that hold a person, following the overlap rates. */
public record SourceAssignment(OverlapRates rates) {

  /**
   * Draws how many sources hold the person (1, 2 or 3 with the overlap rates), then which ones, uniformly.
   *
   * @param random the person's own random stream
   * @return a non-empty set of sources
   */
  public Set<Source> assign(RandomGenerator random) {
    double draw = random.nextDouble();
    int count = draw < rates.one() ? 1 : draw < rates.one() + rates.two() ? 2 : 3;
    List<Source> pool = new ArrayList<>(List.of(Source.values()));
    Set<Source> chosen = EnumSet.noneOf(Source.class);
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }
}
