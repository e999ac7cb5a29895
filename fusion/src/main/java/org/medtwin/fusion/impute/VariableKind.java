package org.medtwin.fusion.impute;

/** Whether an analysis variable is a number or a category coded as a number. */
public enum VariableKind {
  /** A measured number; imputed by median, mean of neighbours or linear regression. */
  NUMERIC,
  /** A category coded as 0, 1, 2, ...; imputed by mode, neighbours' mode or logistic regression. */
  CATEGORICAL
}
