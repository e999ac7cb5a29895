package org.medtwin.twin.glucose.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medtwin.twin.glucose.patient.VirtualPatient;

/**
 * A day (or days) of meals and insulin for the glucose twin.
 *
 * @param durationMinutes how long to simulate
 * @param meals announced meals
 * @param basal basal insulin
 * @param carbRatioBoluses whether each meal gets grams/CR units in its announcement minute
 * @param boluses explicit boluses, on top of any carb-ratio boluses
 */
public record Scenario(int durationMinutes, List<Meal> meals, Basal basal,
    boolean carbRatioBoluses, List<Bolus> boluses) {

  /** One year: longer runs are almost certainly a unit mistake (seconds for minutes). */
  public static final int MAX_DURATION_MINUTES = 366 * 1440;
  /** Upper bound for one meal; more is a typing error, not a meal. */
  public static final double MAX_MEAL_GRAMS = 500;
  /** Upper bound for one bolus. */
  public static final double MAX_BOLUS_UNITS = 100;
  /** Upper bound for a basal rate. */
  public static final double MAX_BASAL_UNITS_PER_HOUR = 20;

  public Scenario {
    if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
      throw new IllegalArgumentException("Scenario duration " + durationMinutes
          + " minutes is outside 1.." + MAX_DURATION_MINUTES + " (one year). Maybe seconds were"
          + " given instead of minutes?");
    }
    meals = sorted(meals, Comparator.comparingInt(Meal::minute));
    boluses = sorted(boluses, Comparator.comparingInt(Bolus::minute));
    for (Meal meal : meals) {
      if (meal.minute() >= durationMinutes) {
        throw new IllegalArgumentException("Meal at minute " + meal.minute()
            + " is not before the end of the " + durationMinutes + "-minute scenario.");
      }
    }
    for (Bolus bolus : boluses) {
      if (bolus.minute() >= durationMinutes) {
        throw new IllegalArgumentException("Bolus at minute " + bolus.minute()
            + " is not before the end of the " + durationMinutes + "-minute scenario.");
      }
    }
    if (basal == null) {
      throw new IllegalArgumentException("Scenario needs a basal plan.");
    }
  }

  /** The insulin delivered at each minute, U/min: basal plus boluses (carb-ratio and explicit). */
  public double[] insulinUnitsPerMinute(VirtualPatient patient) {
    double[] rate = new double[durationMinutes];
    java.util.Arrays.fill(rate, basal.unitsPerMinute(patient.model()));
    if (carbRatioBoluses) {
      for (Meal meal : meals) {
        rate[meal.minute()] += meal.grams() / patient.therapy().carbRatio();
      }
    }
    for (Bolus bolus : boluses) {
      rate[bolus.minute()] += bolus.units();
    }
    return rate;
  }

  /** The carbohydrate announced at each minute, g. */
  public double[] announcedGrams() {
    double[] grams = new double[durationMinutes];
    for (Meal meal : meals) {
      grams[meal.minute()] += meal.grams();
    }
    return grams;
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items == null ? List.of() : items);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
