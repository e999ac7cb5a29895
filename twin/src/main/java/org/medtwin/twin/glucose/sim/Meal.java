package org.medtwin.twin.glucose.sim;

/** A meal announced at {@code minute} of {@code grams} carbohydrate, eaten at 5 g/min from then. */
public record Meal(int minute, double grams) {

  public Meal {
    if (minute < 0) {
      throw new IllegalArgumentException("Meal minute " + minute + " is negative.");
    }
    if (!(grams > 0) || grams > Scenario.MAX_MEAL_GRAMS) {
      throw new IllegalArgumentException("Meal at minute " + minute + " has " + grams
          + " g of carbohydrate; a meal needs more than 0 and at most " + Scenario.MAX_MEAL_GRAMS
          + " g.");
    }
  }
}
