package org.medtwin.fusion.link.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.compare.BirthDateComparison;
import org.medtwin.fusion.link.compare.Comparison;
import org.medtwin.fusion.link.compare.PersonField;
import org.medtwin.fusion.link.compare.StringComparison;
import org.medtwin.fusion.link.compare.StringLevel;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;

class MatchWeightTest {

  private static final StringComparison SURNAME = new StringComparison("surname",
      PersonField.SURNAME, List.of(new StringLevel.Exact()), true);
  private static final BirthDateComparison BIRTH = new BirthDateComparison(0);

  private static PersonRecord person(String id, String family, String birth) {
    return new PersonRecord("s", id, List.of(new PersonName("a", family)), BirthDate.parse(birth),
        Sex.UNKNOWN, List.of(), List.of(), List.of());
  }

  /** surname: exact m=0.9 u=0.01, different m=0.1 u=0.99; birth: exact m=0.8 u=0.001 ... */
  private static FellegiSunterModel model(List<PersonRecord> population) {
    List<Comparison> comparisons = List.of(SURNAME, BIRTH);
    LevelProbabilities surname = new LevelProbabilities("surname", SURNAME.labels(),
        new double[] {0.9, 0.1, 1}, new double[] {0.01, 0.99, 1});
    LevelProbabilities birth = new LevelProbabilities("birth date", BIRTH.labels(),
        new double[] {0.8, 0.05, 0.05, 0.05, 0.05, 1}, new double[] {0.001, 0.001, 0.01, 0.01, 0.978, 1});
    return new FellegiSunterModel(comparisons, List.of(surname, birth),
        Map.of(0, TermFrequencies.count(SURNAME, population)), 0.001);
  }

  @Test
  void explanation_addsUpToTheWeight_andGivesTheProbability() {
    PersonRecord a = person("1", "smith", "19800304");
    PersonRecord b = person("2", "smith", null);
    List<PersonRecord> population = List.of(a, b, person("3", "jones", null),
        person("4", "brown", null));

    MatchWeight weight = model(population).explain(a, b);

    // surname exact: log2(0.9/0.01) = 6.4919; smith is 2 of 4 surnames: log2(0.01/0.5) = -5.6439;
    // birth date missing: 0.
    assertThat(weight.parts()).extracting(FieldWeight::comparison)
        .containsExactly("surname", "surname (term frequency)", "birth date");
    assertThat(weight.parts().get(0).weight()).isCloseTo(6.4919, within(1e-4));
    assertThat(weight.parts().get(1).weight()).isCloseTo(-5.6439, within(1e-4));
    assertThat(weight.parts().get(2).weight()).isZero();
    double sum = weight.parts().stream().mapToDouble(FieldWeight::weight).sum();
    assertThat(weight.weight()).isCloseTo(sum, within(1e-12));
    // odds = 0.001/0.999 * 90 * 0.02 = 0.0018/0.999, so p = 0.0018 / 1.0008 = 0.0017986
    assertThat(weight.priorWeight()).isCloseTo(-9.9643, within(1e-4));
    assertThat(weight.probability()).isCloseTo(0.0018 / 1.0008, within(1e-9));
  }

  @Test
  void rareSurnames_weighMoreThanCommonOnes() {
    PersonRecord smith1 = person("1", "smith", "19800304");
    PersonRecord smith2 = person("2", "smith", "19800304");
    PersonRecord rare1 = person("3", "zdanowicz", "19800304");
    PersonRecord rare2 = person("4", "zdanowicz", "19800304");
    List<PersonRecord> population = List.of(smith1, smith2, rare1, rare2,
        person("5", "smith", null), person("6", "smith", null));
    FellegiSunterModel model = model(population);
    assertThat(model.explain(rare1, rare2).weight())
        .isGreaterThan(model.explain(smith1, smith2).weight());
  }
}
