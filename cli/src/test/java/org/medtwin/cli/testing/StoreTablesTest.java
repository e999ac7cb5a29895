package org.medtwin.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store comparison the crash tests rely on must see every kind of difference. */
class StoreTablesTest {

  @Test
  void differences_areNone_forTheSameRowsInAnotherOrder() {
    assertThat(StoreTables.differences(
            Map.of("patient", List.of("a", "b", "b")), Map.of("patient", List.of("b", "a", "b"))))
        .isEmpty();
  }

  @Test
  void differences_seeADuplicatedRow() {
    assertThat(StoreTables.differences(
            Map.of("patient", List.of("a", "b")), Map.of("patient", List.of("a", "b", "b"))))
        .singleElement().asString().contains("patient", "0 rows missing", "1 rows extra", "[b]");
  }

  @Test
  void differences_seeAMissingRowAndAMissingTable() {
    assertThat(StoreTables.differences(
            Map.of("patient", List.of("a", "b"), "quarantine", List.of()),
            Map.of("patient", List.of("a"))))
        .anySatisfy(d -> assertThat(d).contains("patient", "1 rows missing", "[b]"))
        .anySatisfy(d -> assertThat(d).contains("quarantine", "only one store"));
  }
}
