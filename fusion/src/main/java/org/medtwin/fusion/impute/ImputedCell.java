package org.medtwin.fusion.impute;

/**
 * A value imputation filled in, flagged with the method that made it.
 *
 * @param row the row index
 * @param variable the variable's name
 * @param value the imputed value
 * @param method the strategy's method name ({@code locf}, {@code median}, {@code mode}, {@code
 *     knn}, {@code mice})
 */
public record ImputedCell(int row, String variable, double value, String method) {}
