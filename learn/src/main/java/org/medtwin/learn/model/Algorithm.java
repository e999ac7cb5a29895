package org.medtwin.learn.model;

/**
 * The learning algorithms: L1- and L2-penalised logistic regression (XGBoost's linear booster,
 * coordinate descent) on flagged-imputed, standardised features, and gradient-boosted trees
 * (XGBoost, histogram method) on features with missing values left missing.
 */
public enum Algorithm {
  LOGISTIC_L1("logistic-l1"),
  LOGISTIC_L2("logistic-l2"),
  XGBOOST("xgboost");

  private final String id;

  Algorithm(String id) {
    this.id = id;
  }

  /** The name used on the command line and in model ids. */
  public String id() {
    return id;
  }

  /** Whether this is a linear model that needs imputed, scaled inputs. */
  public boolean linear() {
    return this != XGBOOST;
  }

  /**
   * The algorithm with the given id.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static Algorithm parse(String id) {
    for (Algorithm a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("Unknown algorithm '" + id + "'. Maybe one of logistic-l1, logistic-l2, xgboost?");
  }
}
