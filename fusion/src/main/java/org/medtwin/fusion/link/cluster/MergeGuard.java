package org.medtwin.fusion.link.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.link.block.CandidatePairs;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Says when two groups of records must not become one person: a person decided that two of their
 * records are different people, or one source gave them different identifiers of an authority
 * that issues one per person (an MRN).
 */
final class MergeGuard {

  private final List<PersonRecord> records;
  private final CandidatePairs forbidden;
  private final ClusterSettings settings;

  MergeGuard(List<PersonRecord> records, CandidatePairs forbidden, ClusterSettings settings) {
    this.records = records;
    this.forbidden = forbidden;
    this.settings = settings;
  }

  /** Whether the two groups of record indices may not be merged. */
  boolean conflicts(int[] a, int[] b) {
    if (forbidden.size() > 0) {
      for (int i : a) {
        for (int j : b) {
          if (forbidden.contains(i, j)) {
            return true;
          }
        }
      }
    }
    if (settings.uniqueIdentifierAuthorities().isEmpty()) {
      return false;
    }
    Map<String, String> seen = new HashMap<>();
    for (int i : a) {
      for (PersonIdentifier id : records.get(i).identifiers()) {
        if (settings.uniqueIdentifierAuthorities().contains(id.authority())) {
          seen.put(records.get(i).source() + "|" + id.authority(), id.value());
        }
      }
    }
    for (int i : b) {
      for (PersonIdentifier id : records.get(i).identifiers()) {
        String value = seen.get(records.get(i).source() + "|" + id.authority());
        if (value != null && !value.equals(id.value())) {
          return true;
        }
      }
    }
    return false;
  }
}
