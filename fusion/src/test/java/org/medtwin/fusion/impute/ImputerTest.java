package org.medtwin.fusion.impute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImputerTest {

  private static final double NA = Double.NaN;
  private static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");

  private static RowKey at(String person, int day) {
    return new RowKey(person, DAY0.plus(Duration.ofDays(day)));
  }

  private static AnalysisTable oneColumn(Variable variable, double... values) {
    double[][] rows = new double[values.length][];
    List<RowKey> keys = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows[i] = new double[] {values[i]};
      keys.add(new RowKey("p" + i, null));
    }
    return new AnalysisTable(List.of(variable), keys, rows);
  }

  @Test
  void carryForward_usesTheSamePersonsLastValue_onlyWithinTheMaximumAge() {
    // Rows out of time order on purpose; p2's first row has nothing earlier of its own.
    AnalysisTable table = new AnalysisTable(
        List.of(Variable.numeric("hba1c")),
        List.of(at("p1", 40), at("p1", 0), at("p1", 30), at("p2", 5), at("p1", 71)),
        new double[][] {{NA}, {5.0}, {NA}, {NA}, {NA}});
    ImputationResult result = new Imputer(
        Map.of("hba1c", new ImputationStrategy.CarryForward(Duration.ofDays(30))), 1).impute(table);

    assertThat(result.table().value(2, 0)).as("30 days after day 0: exactly the maximum age").isEqualTo(5.0);
    assertThat(result.table().missing(0, 0)).as("40 days after the last observation").isTrue();
    assertThat(result.table().missing(3, 0)).as("never from another person").isTrue();
    assertThat(result.table().missing(4, 0)).as("an imputed value is never carried on").isTrue();
    assertThat(result.imputed()).containsExactly(new ImputedCell(2, "hba1c", 5.0, "locf"));
  }

  @Test
  void median_ofAnEvenCountIsTheMeanOfTheMiddleTwo() {
    ImputationResult even = new Imputer(Map.of("x", new ImputationStrategy.Median()), 1)
        .impute(oneColumn(Variable.numeric("x"), 1, 4, NA, 2, 10));
    assertThat(even.table().value(2, 0)).isEqualTo(3.0);
    assertThat(even.cell(2, "x").method()).isEqualTo("median");

    ImputationResult odd = new Imputer(Map.of("x", new ImputationStrategy.Median()), 1)
        .impute(oneColumn(Variable.numeric("x"), 100, NA, 1, 2));
    assertThat(odd.table().value(1, 0)).isEqualTo(2.0);
  }

  @Test
  void mode_takesTheSmallestValueOnATie() {
    ImputationResult result = new Imputer(Map.of("smoker", new ImputationStrategy.Mode()), 1)
        .impute(oneColumn(Variable.categorical("smoker"), 1, 0, 1, 2, 2, NA));
    assertThat(result.table().value(5, 0)).isEqualTo(1.0);
    assertThat(result.imputed()).containsExactly(new ImputedCell(5, "smoker", 1.0, "mode"));
  }

  @Test
  void kNearestNeighbours_withK2_averagesTheTwoNearestRowsOverSharedVariables() {
    AnalysisTable table = new AnalysisTable(
        List.of(Variable.numeric("x"), Variable.numeric("y"), Variable.numeric("t")),
        List.of(at("a", 0), at("b", 0), at("c", 0), at("d", 0), at("e", 0)),
        new double[][] {
          {0, 0, 10},
          {1, 0, 20},
          {5, 5, 30},
          {0, 1, NA}, // distances 1, sqrt 2, sqrt 41: rows 0 and 1 -> (10 + 20) / 2
          {NA, 5, NA} // over y only: 5, 5, 0: row 2, then row 0 before row 1 on the tie -> (30 + 10) / 2
        });
    ImputationResult result = new Imputer(Map.of("t", new ImputationStrategy.NearestNeighbours(2)), 1).impute(table);

    assertThat(result.imputed()).containsExactly(
        new ImputedCell(3, "t", 15.0, "knn"), new ImputedCell(4, "t", 20.0, "knn"));
    assertThat(result.table().missing(4, 0)).as("x has no strategy and stays missing").isTrue();
  }

  @Test
  void imputation_neverChangesTheInputTable() {
    AnalysisTable table = oneColumn(Variable.numeric("x"), 1, NA, 3);
    new Imputer(Map.of("x", new ImputationStrategy.Median()), 1).impute(table);
    assertThat(table.missing(1, 0)).isTrue();
  }

  @Test
  void strategiesThatCannotApply_areRejectedWithTheVariable() {
    assertThatThrownBy(() -> new Imputer(Map.of("sex", new ImputationStrategy.Median()), 1)
        .impute(oneColumn(Variable.categorical("sex"), 0, 1, NA)))
        .hasMessage("The median of categorical variable 'sex' has no meaning. Maybe use mode?");
    assertThatThrownBy(() -> new Imputer(Map.of("bmi", new ImputationStrategy.Median()), 1)
        .impute(oneColumn(Variable.numeric("x"), 0, 1, NA)))
        .hasMessage("The table has no variable 'bmi'; it has [x].");
    assertThatThrownBy(() -> new ImputationStrategy.NearestNeighbours(0)).hasMessageContaining("k >= 1");
  }
}
