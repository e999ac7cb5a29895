package org.medtwin.governance.kanon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medtwin.core.record.Patient;

/**
 * Full-domain generalisation with record suppression (Samarati 2001; Sweeney 2002): searches every
 * combination of generalisation levels of the declared quasi-identifiers, keeps those where the
 * records in classes smaller than k are few enough to suppress, and takes the one that loses the
 * least (the smallest sum of each level over its hierarchy's height; ties: fewer suppressed, then
 * the lower levels from the first quasi-identifier on). The lattice is at most 5 x 2 x 4 x 2 = 80
 * nodes, so it is searched whole.
 */
public final class KAnonymizer {

  private final KAnonymitySettings settings;

  /** An anonymizer for these settings. */
  public KAnonymizer(KAnonymitySettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** k-anonymity over de-identified patients, keyed by their (pseudonymous) ids. */
  public KAnonymityResult anonymizePatients(List<Patient> patients) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Patient patient : patients) {
      List<String> values = new ArrayList<>();
      for (QuasiIdentifier qi : settings.quasiIdentifiers()) {
        values.add(qi.valueOf(patient));
      }
      rows.put(patient.id(), values);
    }
    return anonymize(rows);
  }

  /**
   * k-anonymity over rows of quasi-identifier values, in the order of the settings'
   * quasi-identifiers.
   */
  public KAnonymityResult anonymize(Map<String, List<String>> rows) {
    List<QuasiIdentifier> qis = settings.quasiIdentifiers();
    rows.forEach(
        (id, values) -> {
          if (values.size() != qis.size()) {
            throw new IllegalArgumentException(
                "Row " + id + " has " + values.size() + " values for " + qis.size()
                    + " quasi-identifiers.");
          }
        });
    int[] zero = new int[qis.size()];
    ClassSizes before = ClassSizes.of(generalize(rows, zero), settings.k());
    int[] best = null;
    double bestLoss = Double.MAX_VALUE;
    long bestSuppressed = Long.MAX_VALUE;
    long allowed = (long) Math.floor(settings.maxSuppression() * rows.size());
    for (int[] levels : lattice(qis)) {
      ClassSizes sizes = ClassSizes.of(generalize(rows, levels), settings.k());
      long suppressed = sizes.recordsBelowK();
      if (suppressed > allowed) {
        continue;
      }
      double loss = loss(qis, levels);
      if (loss < bestLoss || (loss == bestLoss && suppressed < bestSuppressed)) {
        best = levels;
        bestLoss = loss;
        bestSuppressed = suppressed;
      }
    }
    if (best == null) {
      // Even all-* leaves too few records (fewer than k in all): suppress them all.
      best = top(qis);
    }
    Map<String, List<String>> generalized = generalize(rows, best);
    ClassSizes sizes = ClassSizes.of(generalized, settings.k());
    Set<String> suppressed = new LinkedHashSet<>();
    Map<String, List<String>> released = new LinkedHashMap<>();
    generalized.forEach(
        (id, values) -> {
          if (sizes.sizeOf(values) < settings.k()) {
            suppressed.add(id);
          } else {
            released.put(id, values);
          }
        });
    Map<QuasiIdentifier, Integer> levels = new LinkedHashMap<>();
    for (int i = 0; i < qis.size(); i++) {
      levels.put(qis.get(i), best[i]);
    }
    RiskReport report =
        RiskReport.of(settings, levels, before, ClassSizes.of(released, settings.k()),
            suppressed.size());
    return new KAnonymityResult(qis, levels, released, suppressed, report);
  }

  private Map<String, List<String>> generalize(Map<String, List<String>> rows, int[] levels) {
    List<QuasiIdentifier> qis = settings.quasiIdentifiers();
    Map<String, List<String>> out = new LinkedHashMap<>();
    rows.forEach(
        (id, values) -> {
          List<String> general = new ArrayList<>(values.size());
          for (int i = 0; i < values.size(); i++) {
            general.add(qis.get(i).generalize(values.get(i), levels[i]));
          }
          out.put(id, general);
        });
    return out;
  }

  private static double loss(List<QuasiIdentifier> qis, int[] levels) {
    double loss = 0;
    for (int i = 0; i < levels.length; i++) {
      loss += (double) levels[i] / qis.get(i).topLevel();
    }
    return loss;
  }

  /** Every level combination, lowest first in lexicographic order. */
  private static List<int[]> lattice(List<QuasiIdentifier> qis) {
    List<int[]> nodes = new ArrayList<>();
    nodes.add(new int[qis.size()]);
    for (int i = 0; i < qis.size(); i++) {
      List<int[]> next = new ArrayList<>();
      for (int[] node : nodes) {
        for (int level = 0; level <= qis.get(i).topLevel(); level++) {
          int[] copy = node.clone();
          copy[i] = level;
          next.add(copy);
        }
      }
      nodes = next;
    }
    return nodes;
  }

  private static int[] top(List<QuasiIdentifier> qis) {
    int[] levels = new int[qis.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = qis.get(i).topLevel();
    }
    return levels;
  }

  /** The sizes of the equivalence classes of some generalised rows. */
  record ClassSizes(Map<List<String>, Integer> sizes, int k) {

    static ClassSizes of(Map<String, List<String>> rows, int k) {
      Map<List<String>, Integer> sizes = new HashMap<>();
      rows.values().forEach(values -> sizes.merge(values, 1, Integer::sum));
      return new ClassSizes(sizes, k);
    }

    int sizeOf(List<String> values) {
      return sizes.getOrDefault(values, 0);
    }

    long records() {
      return sizes.values().stream().mapToLong(Integer::longValue).sum();
    }

    int classes() {
      return sizes.size();
    }

    int smallest() {
      return sizes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    long recordsBelowK() {
      return sizes.values().stream().filter(size -> size < k).mapToLong(Integer::longValue).sum();
    }

    long classesBelowK() {
      return sizes.values().stream().filter(size -> size < k).count();
    }
  }
}
