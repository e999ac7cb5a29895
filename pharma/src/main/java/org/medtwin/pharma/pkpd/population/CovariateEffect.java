package org.medtwin.pharma.pkpd.population;

import java.util.Map;

/**
 * How one covariate scales a typical parameter value, in one of the forms population models
 * publish. The factor multiplies the typical value.
 *
 * <ul>
 *   <li>{@code POWER}: ((c + offset) / reference)^value — allometry, (CRCL/120)^0.8;
 *   <li>{@code LINEAR}: 1 + value · (max(c, floor) - reference) — Thomson's 1 + 0.0154 (CRCL - 66),
 *       or a decline only above an age with {@code floor} = reference;
 *   <li>{@code EXPONENTIAL}: exp(value · (c - reference));
 *   <li>{@code CATEGORICAL}: the factor listed for the covariate's level (0/1 for sex or dialysis,
 *       genotype codes), 1 for an unlisted level only if {@code levels} has no entry at all.
 * </ul>
 *
 * @param covariate covariate name (WT, AGE, SEX, SCR, CRCL, DIAL or any data column)
 * @param form the functional form
 * @param reference reference value (centering)
 * @param value exponent or slope
 * @param offset added to the covariate before a power (e.g. postnatal age + 1 day)
 * @param floor lower clamp of the covariate for the linear form (NaN for none)
 * @param levels factor per level for the categorical form (empty otherwise)
 */
public record CovariateEffect(
    String covariate, Form form, double reference, double value, double offset, double floor,
    Map<Integer, Double> levels) {

  /** The functional forms. */
  public enum Form {
    /** ((c + offset) / reference)^value. */
    POWER,
    /** 1 + value (max(c, floor) - reference). */
    LINEAR,
    /** exp(value (c - reference)). */
    EXPONENTIAL,
    /** A factor per level. */
    CATEGORICAL
  }

  /** Copies the levels. */
  public CovariateEffect {
    levels = Map.copyOf(levels);
  }

  /** A power effect. */
  public static CovariateEffect power(String covariate, double reference, double exponent) {
    return new CovariateEffect(covariate, Form.POWER, reference, exponent, 0, Double.NaN, Map.of());
  }

  /** A linear effect. */
  public static CovariateEffect linear(String covariate, double reference, double slope) {
    return new CovariateEffect(covariate, Form.LINEAR, reference, slope, 0, Double.NaN, Map.of());
  }

  /**
   * The factor for covariate value {@code c}.
   *
   * @throws IllegalArgumentException when the value is outside what the form accepts
   */
  public double factor(double c) {
    if (!Double.isFinite(c)) {
      throw new IllegalArgumentException("Covariate " + covariate + " = " + c + " is not a number.");
    }
    if (form == Form.POWER) {
      double base = (c + offset) / reference;
      if (!(base > 0)) {
        throw new IllegalArgumentException(
            "Covariate " + covariate + " = " + c + " gives a non-positive base for a power effect."
                + " Maybe the value or its unit is wrong?");
      }
      return Math.pow(base, value);
    }
    if (form == Form.LINEAR) {
      double x = Double.isNaN(floor) ? c : Math.max(c, floor);
      double f = 1 + value * (x - reference);
      if (!(f > 0)) {
        throw new IllegalArgumentException(
            "Covariate " + covariate + " = " + c + " makes the linear factor " + f + " <= 0, outside"
                + " the range the model was built on.");
      }
      return f;
    }
    if (form == Form.EXPONENTIAL) {
      return Math.exp(value * (c - reference));
    }
    Double factor = levels.get((int) Math.round(c));
    if (factor == null || c != Math.rint(c)) {
      throw new IllegalArgumentException(
          "Covariate " + covariate + " = " + c + " is not one of the levels " + levels.keySet()
              + ".");
    }
    return factor;
  }
}
