package org.medtwin.fusion.impute;

import java.util.List;

/**
 * The completed table and every value imputation put into it; the input table is unchanged.
 *
 * @param table the table with imputed values filled in (values no strategy could fill stay {@code
 *     NaN})
 * @param imputed each filled value with its method, by row then variable
 */
public record ImputationResult(AnalysisTable table, List<ImputedCell> imputed) {

  public ImputationResult {
    imputed = List.copyOf(imputed);
  }

  /** The imputed cell at a row and variable, or {@code null} when the value was observed or left missing. */
  public ImputedCell cell(int row, String variable) {
    return imputed.stream().filter(c -> c.row() == row && c.variable().equals(variable)).findFirst().orElse(null);
  }
}
