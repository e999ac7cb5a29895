package org.medtwin.fusion.link.compare;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Compares a text field through ordered levels; with several values on either side (aliases,
 * address history, several phones) the best level over all pairs of values counts.
 *
 * @param name the comparison's name
 * @param field the compared field
 * @param levels the agreement levels, strongest first; failing all is "different"
 * @param termFrequency whether exact agreement is weighted by how rare the agreeing value is
 */
public record StringComparison(
    String name, PersonField field, List<StringLevel> levels, boolean termFrequency)
    implements Comparison {

  public StringComparison {
    levels = List.copyOf(levels);
    if (termFrequency && !(levels.get(0) instanceof StringLevel.Exact)) {
      throw new IllegalArgumentException(
          "Comparison " + name + ": term-frequency weighting needs exact agreement as level 0.");
    }
  }

  @Override
  public List<String> labels() {
    List<String> labels = new ArrayList<>(levels.size() + 2);
    for (StringLevel level : levels) {
      labels.add(level.label());
    }
    labels.add(DIFFERENT);
    labels.add(MISSING);
    return labels;
  }

  @Override
  public int level(PersonRecord a, PersonRecord b) {
    List<String> left = field.values(a);
    List<String> right = field.values(b);
    if (left.isEmpty() || right.isEmpty()) {
      return levels.size() + 1;
    }
    int best = levels.size();
    for (String x : left) {
      for (String y : right) {
        // Jaro–Winkler bands share one similarity: computed at most once per pair of values.
        double jaroWinkler = Double.NaN;
        for (int k = 0; k < best; k++) {
          StringLevel level = levels.get(k);
          boolean holds;
          if (level instanceof StringLevel.JaroWinklerAtLeast band) {
            if (Double.isNaN(jaroWinkler)) {
              jaroWinkler = JaroWinkler.similarity(x, y);
            }
            holds = jaroWinkler >= band.threshold();
          } else {
            holds = level.holds(x, y);
          }
          if (holds) {
            best = k;
            break;
          }
        }
        if (best == 0) {
          return 0;
        }
      }
    }
    return best;
  }

  /** The value both records share exactly, or {@code null}; term-frequency weighting uses it. */
  public String sharedValue(PersonRecord a, PersonRecord b) {
    List<String> right = field.values(b);
    for (String x : field.values(a)) {
      if (right.contains(x)) {
        return x;
      }
    }
    return null;
  }
}
