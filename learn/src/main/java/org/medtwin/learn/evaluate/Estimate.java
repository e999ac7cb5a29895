package org.medtwin.learn.evaluate;

/** A metric's value on the full sample with its bootstrap 95% confidence interval. */
public record Estimate(double value, double low, double high) {

  /** The estimate as "0.812 (0.790 to 0.833)". */
  public String formatted(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(java.util.Locale.ROOT, f + " (" + f + " to " + f + ")", value, low, high);
  }
}
