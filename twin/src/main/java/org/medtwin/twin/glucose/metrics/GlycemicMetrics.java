package org.medtwin.twin.glucose.metrics;

/**
 * The standard CGM summary of a glucose course (Battelino et al., Diabetes Care 2019;42:1593,
 * international consensus on time in range; GMI from Bergenstal et al., Diabetes Care
 * 2018;41:2275).
 *
 * @param readings number of glucose values summarised
 * @param timeInRangePercent share of values in 70–180 mg/dL inclusive
 * @param timeBelow70Percent share below 70 mg/dL (includes those below 54)
 * @param timeBelow54Percent share below 54 mg/dL
 * @param timeAbove180Percent share above 180 mg/dL (includes those above 250)
 * @param timeAbove250Percent share above 250 mg/dL
 * @param meanMgDl mean glucose, mg/dL
 * @param coefficientOfVariationPercent standard deviation / mean × 100 (population SD)
 * @param glucoseManagementIndicatorPercent GMI (%) = 3.31 + 0.02392 × mean glucose (mg/dL)
 */
public record GlycemicMetrics(
    int readings,
    double timeInRangePercent,
    double timeBelow70Percent,
    double timeBelow54Percent,
    double timeAbove180Percent,
    double timeAbove250Percent,
    double meanMgDl,
    double coefficientOfVariationPercent,
    double glucoseManagementIndicatorPercent) {

  /**
   * The summary of equally spaced glucose values, mg/dL.
   *
   * @throws IllegalArgumentException for no values or a value that is not a positive number
   */
  public static GlycemicMetrics of(double[] glucose) {
    if (glucose.length == 0) {
      throw new IllegalArgumentException("No glucose values to summarise.");
    }
    int inRange = 0, below70 = 0, below54 = 0, above180 = 0, above250 = 0;
    double sum = 0;
    for (int i = 0; i < glucose.length; i++) {
      double g = glucose[i];
      if (!(g > 0) || !Double.isFinite(g)) {
        throw new IllegalArgumentException("Glucose value " + g + " at index " + i
            + " is not a positive number of mg/dL.");
      }
      sum += g;
      if (g < 70) {
        below70++;
        if (g < 54) {
          below54++;
        }
      } else if (g > 180) {
        above180++;
        if (g > 250) {
          above250++;
        }
      } else {
        inRange++;
      }
    }
    int n = glucose.length;
    double mean = sum / n;
    double squares = 0;
    for (double g : glucose) {
      squares += (g - mean) * (g - mean);
    }
    double sd = Math.sqrt(squares / n);
    return new GlycemicMetrics(n, percent(inRange, n), percent(below70, n), percent(below54, n),
        percent(above180, n), percent(above250, n), mean, 100.0 * sd / mean,
        3.31 + 0.02392 * mean);
  }

  private static double percent(int count, int total) {
    return 100.0 * count / total;
  }
}
