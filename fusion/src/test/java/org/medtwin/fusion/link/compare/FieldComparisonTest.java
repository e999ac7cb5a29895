package org.medtwin.fusion.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.Nicknames;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.PostalAddress;

class FieldComparisonTest {

  private static final StringComparison GIVEN = (StringComparison) Comparisons.defaults(
      Nicknames.standard()).get(0);

  private static PersonRecord person(String id, List<PersonName> names, String birth) {
    return new PersonRecord("s", id, names, BirthDate.parse(birth), Sex.UNKNOWN, List.of(),
        List.of(), List.of());
  }

  private static int given(String a, String b) {
    return GIVEN.level(person("1", List.of(new PersonName(a, "x")), null),
        person("2", List.of(new PersonName(b, "x")), null));
  }

  @Test
  void givenName_levelsRunFromExactThroughNicknameToDifferent() {
    List<String> labels = GIVEN.labels();
    assertThat(labels.get(given("william", "william"))).isEqualTo("exact");
    assertThat(labels.get(given("bill", "william"))).isEqualTo("nickname");
    assertThat(labels.get(given("jon", "john"))).isEqualTo("damerau-levenshtein <= 1");
    assertThat(labels.get(given("william", "zoe"))).isEqualTo(Comparison.DIFFERENT);
  }

  @Test
  void givenName_isMissing_whenEitherSideHasNoValue() {
    assertThat(GIVEN.labels().get(given(null, "john"))).isEqualTo(Comparison.MISSING);
  }

  @Test
  void multiValuedNames_takeTheBestLevelOverAllAlternatives() {
    PersonRecord aliases = person("1",
        List.of(new PersonName("zoe", "x"), new PersonName("catherine", "x")), null);
    PersonRecord other = person("2", List.of(new PersonName("catherine", "y")), null);
    assertThat(GIVEN.level(aliases, other)).isZero();
  }

  @Test
  void birthDate_recognisesTranspositionEditAndTolerance() {
    BirthDateComparison dates = new BirthDateComparison(30);
    PersonRecord base = person("1", List.of(), "19800304");
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), "19800304"))))
        .isEqualTo("exact");
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), "19800403"))))
        .isEqualTo("day/month transposed");
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), "19810304"))))
        .isEqualTo("one digit edit");
    // 4 March to 20 March: 16 days, two digits differ
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), "19800320"))))
        .isEqualTo("within tolerance");
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), "19750920"))))
        .isEqualTo(Comparison.DIFFERENT);
    assertThat(dates.labels().get(dates.level(base, person("2", List.of(), null))))
        .isEqualTo(Comparison.MISSING);
  }

  @Test
  void identifiers_countOnlyWithinTheSameAuthority() {
    IdentifierComparison ids = new IdentifierComparison(null);
    PersonRecord a = withIds(new PersonIdentifier("mrn-a", "123"));
    assertThat(ids.level(a, withIds(new PersonIdentifier("mrn-a", "123")))).isZero();
    assertThat(ids.level(a, withIds(new PersonIdentifier("mrn-a", "132")))).isEqualTo(1);
    assertThat(ids.level(a, withIds(new PersonIdentifier("mrn-a", "999")))).isEqualTo(2);
    assertThat(ids.labels().get(ids.level(a, withIds(new PersonIdentifier("mrn-b", "123")))))
        .isEqualTo(Comparison.MISSING);
  }

  @Test
  void addressHistory_matchesOnAnyPastAddress() {
    StringComparison postcode = new StringComparison("postcode", PersonField.POSTCODE,
        List.of(new StringLevel.Exact()), false);
    PersonRecord moved = new PersonRecord("s", "1", List.of(), null, Sex.UNKNOWN,
        List.of(new PostalAddress(null, null, null, null, "2000", null),
            new PostalAddress(null, null, null, null, "3000", null)),
        List.of(), List.of());
    PersonRecord old = new PersonRecord("s", "2", List.of(), null, Sex.UNKNOWN,
        List.of(new PostalAddress(null, null, null, null, "3000", null)), List.of(), List.of());
    assertThat(postcode.level(moved, old)).isZero();
  }

  @Test
  void phonetic_levelMatchesNamesThatSoundAlike() {
    assertThat(new StringLevel.SamePhonetic().holds("smith", "smyth")).isTrue();
    assertThat(new StringLevel.SamePhonetic().holds("smith", "jones")).isFalse();
  }

  private static PersonRecord withIds(PersonIdentifier id) {
    return new PersonRecord("s", id.value() + id.authority(), List.of(), null, Sex.UNKNOWN,
        List.of(), List.of(), List.of(id));
  }
}
