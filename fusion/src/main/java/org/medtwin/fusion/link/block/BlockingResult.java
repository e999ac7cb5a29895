package org.medtwin.fusion.link.block;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pairs blocking produced and how they came about.
 *
 * @param pairs the union of every rule's pairs
 * @param pairsPerRule pairs each rule produced on its own (before the union), by rule name
 * @param cappedBuckets buckets skipped because they exceeded the size cap, as {@code rule: key (n)}
 */
public record BlockingResult(
    CandidatePairs pairs, Map<String, Long> pairsPerRule, List<String> cappedBuckets) {

  public BlockingResult {
    // Kept in rule order, so reports list the rules as configured.
    pairsPerRule = Collections.unmodifiableMap(new LinkedHashMap<>(pairsPerRule));
    cappedBuckets = List.copyOf(cappedBuckets);
  }
}
