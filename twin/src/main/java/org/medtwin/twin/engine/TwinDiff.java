package org.medtwin.twin.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two twins: what was added, removed or changed, item by item. */
public final class TwinDiff {

  private TwinDiff() {}

  /** The differences from {@code a} to {@code b}, grouped by kind. */
  public static List<TwinDifference> between(PatientTwin a, PatientTwin b) {
    List<TwinDifference> differences = new ArrayList<>();
    same(differences, "demographics", "sex", a.demographics().sex(), b.demographics().sex());
    same(differences, "demographics", "age", str(a.demographics().ageYears()), str(b.demographics().ageYears()));
    items(differences, "condition", a.conditions(), b.conditions(), c -> c.system() + "|" + c.code(),
        c -> c.display() + " (" + c.code() + ")", c -> "");
    items(differences, "allergy", a.allergies(), b.allergies(), c -> c.system() + "|" + c.code(),
        c -> c.display() + " (" + c.code() + ")", c -> "");
    items(differences, "medication", a.medications(), b.medications(), m -> m.system() + "|" + m.code(),
        m -> m.display() + " (" + m.code() + ")", m -> m.dosage() == null ? "" : m.dosage());
    items(differences, "measurement", a.measurements(), b.measurements(), m -> m.system() + "|" + m.code(),
        m -> m.display() + " (" + m.code() + ")", m -> number(m.value()) + " " + m.unit() + " at " + m.time());
    same(differences, "kidney", "eGFR CKD-EPI 2021 (mL/min/1.73m2)", kidney(a, true), kidney(b, true));
    same(differences, "kidney", "creatinine clearance Cockcroft-Gault (mL/min)", kidney(a, false), kidney(b, false));
    items(differences, "model", a.models(), b.models(), ApplicableModel::model, ApplicableModel::model, m -> "");
    items(differences, "scenario", a.scenario(), b.scenario(), s -> s, s -> s, s -> "");
    return differences;
  }

  private static <T> void items(List<TwinDifference> differences, String kind, List<T> before, List<T> after,
      Function<T, String> key, Function<T, String> name, Function<T, String> value) {
    Map<String, T> left = index(before, key);
    Map<String, T> right = index(after, key);
    for (Map.Entry<String, T> entry : left.entrySet()) {
      T other = right.get(entry.getKey());
      String was = value.apply(entry.getValue());
      if (other == null) {
        differences.add(new TwinDifference(kind, name.apply(entry.getValue()), was, null));
      } else if (!was.equals(value.apply(other))) {
        differences.add(new TwinDifference(kind, name.apply(other), was, value.apply(other)));
      }
    }
    for (Map.Entry<String, T> entry : right.entrySet()) {
      if (!left.containsKey(entry.getKey())) {
        differences.add(new TwinDifference(kind, name.apply(entry.getValue()), null, value.apply(entry.getValue())));
      }
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> index = new LinkedHashMap<>();
    for (T item : items) {
      index.put(key.apply(item), item);
    }
    return index;
  }

  private static void same(List<TwinDifference> differences, String kind, String item, String a, String b) {
    if (!Objects.equals(a, b)) {
      differences.add(new TwinDifference(kind, item, a == null ? "none" : a, b == null ? "none" : b));
    }
  }

  private static String kidney(PatientTwin twin, boolean egfr) {
    if (twin.kidney() == null) {
      return null;
    }
    Double value = egfr ? twin.kidney().egfr() : twin.kidney().creatinineClearance();
    return value == null ? null : String.format(Locale.ROOT, "%.0f", value);
  }

  private static String str(Integer value) {
    return value == null ? null : value.toString();
  }

  static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
