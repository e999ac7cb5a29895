package org.medtwin.fusion.impute;

import java.time.Duration;

/** How one variable's missing values are filled; the set is closed so each is tested and documented. */
public sealed interface ImputationStrategy {

  /** The method name each imputed value is flagged with. */
  String method();

  /**
   * The same person's last earlier observed value, if it is at most {@code maxAge} old; older or
   * absent leaves the value missing.
   */
  record CarryForward(Duration maxAge) implements ImputationStrategy {
    public CarryForward {
      if (maxAge == null || maxAge.isNegative()) {
        throw new IllegalArgumentException("Carry-forward needs a maximum age of zero or more, not " + maxAge + ".");
      }
    }

    @Override
    public String method() {
      return "locf";
    }
  }

  /** The median of the observed values (the mean of the middle two for an even count). */
  record Median() implements ImputationStrategy {
    @Override
    public String method() {
      return "median";
    }
  }

  /** The most frequent observed value; the smallest such value on a tie. */
  record Mode() implements ImputationStrategy {
    @Override
    public String method() {
      return "mode";
    }
  }

  /**
   * The mean (numeric) or mode (categorical) of the {@code k} rows nearest by Euclidean distance
   * over the other variables both rows have.
   */
  record NearestNeighbours(int k) implements ImputationStrategy {
    public NearestNeighbours {
      if (k < 1) {
        throw new IllegalArgumentException("k-nearest neighbours needs k >= 1, not " + k + ".");
      }
    }

    @Override
    public String method() {
      return "knn";
    }
  }

  /**
   * Chained equations (MICE): every variable with this strategy is regressed on the others, linear
   * for numeric and logistic for binary variables, and its missing values drawn from the model,
   * over {@code iterations} rounds.
   */
  record ChainedEquations(int iterations) implements ImputationStrategy {
    public ChainedEquations {
      if (iterations < 1) {
        throw new IllegalArgumentException("Chained equations need at least one iteration, not " + iterations + ".");
      }
    }

    @Override
    public String method() {
      return "mice";
    }
  }
}
