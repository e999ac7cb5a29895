package org.medtwin.fusion.link.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.cluster.PersonIds;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;

class StableIdsTest {

  private static final List<PersonRecord> RECORDS = records(5);

  private static List<PersonRecord> records(int n) {
    List<PersonRecord> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(new PersonRecord("s", "r" + i, List.of(), null, Sex.UNKNOWN, List.of(),
          List.of(), List.of()));
    }
    return records;
  }

  @Test
  void clusterWithANewRecord_keepsTheIdItsEarlierRecordsHad() {
    List<String> ids = StableIds.assign(List.of(new int[] {0, 1, 2}), RECORDS,
        Arrays.asList("P-a", "P-a", null, null, null), Set.of());

    assertThat(ids).containsExactly("P-a");
  }

  @Test
  void splitPerson_theLargerPartKeepsTheId_theSmallerGetsAFreshOne() {
    List<String> ids = StableIds.assign(List.of(new int[] {0}, new int[] {1, 2}), RECORDS,
        Arrays.asList("P-a", "P-a", "P-a", null, null), Set.of());

    assertThat(ids.get(1)).isEqualTo("P-a");
    assertThat(ids.get(0)).isEqualTo(PersonIds.of(List.of(new RecordKey("s", "r0"))));
  }

  @Test
  void mergedPersons_keepTheIdOfTheLargerOne() {
    List<String> ids = StableIds.assign(List.of(new int[] {0, 1, 2}), RECORDS,
        Arrays.asList("P-b", "P-a", "P-a", null, null), Set.of());

    assertThat(ids).containsExactly("P-a");
  }

  @Test
  void freshId_neverTakesAnIdHeldElsewhere() {
    String derived = PersonIds.of(List.of(new RecordKey("s", "r3")));
    List<String> ids = StableIds.assign(List.of(new int[] {3, 4}), RECORDS,
        Arrays.asList(null, null, null, null, null), Set.of(derived));

    assertThat(ids.get(0)).isEqualTo(PersonIds.of(List.of(new RecordKey("s", "r4"))));
  }
}
