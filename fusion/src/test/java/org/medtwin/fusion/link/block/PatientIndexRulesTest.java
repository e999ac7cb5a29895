package org.medtwin.fusion.link.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;

class PatientIndexRulesTest {

  private static PersonRecord person(String given, String family, LocalDate birth, Sex sex) {
    return new PersonRecord("s", given + family, List.of(new PersonName(given, family)),
        birth == null ? null : BirthDate.of(birth), sex, List.of(), List.of(), List.of());
  }

  @Test
  void birthDateEitherOrder_putsTransposedDatesInOneBucket() {
    BlockingRule rule = new BlockingRule.BirthDateEitherOrder();

    assertThat(rule.keys(person("a", "b", LocalDate.of(1980, 3, 4), Sex.MALE)))
        .containsExactly("19800304");
    assertThat(rule.keys(person("a", "b", LocalDate.of(1980, 4, 3), Sex.MALE)))
        .containsExactly("19800304");
  }

  @Test
  void givenNameAndBirthYear_ignoresSurnameAndDayOfYear() {
    BlockingRule rule = new BlockingRule.GivenNameAndBirthYear();

    assertThat(rule.keys(person("myrna", "cedillo", LocalDate.of(2022, 11, 10), Sex.FEMALE)))
        .containsExactly("myrna|2022");
    assertThat(rule.keys(person("myrna", "stehr", null, Sex.FEMALE))).isEmpty();
  }

  @Test
  void namePrefixes_takeTwoLettersOfEachName() {
    assertThat(new BlockingRule.NamePrefixes().keys(person("mozela", "hackett", null, Sex.FEMALE)))
        .containsExactly("mo|ha");
  }

  @Test
  void surnameAndSex_catchesATypoAtTheStartOfTheGivenName() {
    BlockingRule rule = new BlockingRule.SurnameAndSex();

    assertThat(rule.keys(person("darienne", "monahan", null, Sex.FEMALE)))
        .isEqualTo(rule.keys(person("adrienne", "monahan", null, Sex.FEMALE)))
        .containsExactly("monahan|FEMALE");
  }

  @Test
  void phoneticRules_agreeOnSpellingsThatSoundAlike() {
    BlockingRule given = new BlockingRule.PhoneticGivenNameAndSex();
    BlockingRule both = new BlockingRule.PhoneticFullName();

    assertThat(given.keys(person("mnady", "x", null, Sex.FEMALE)))
        .isEqualTo(given.keys(person("mandy", "y", null, Sex.FEMALE)));
    assertThat(both.keys(person("cary", "brown", null, Sex.MALE)))
        .isEqualTo(both.keys(person("cary", "brwn", null, Sex.MALE)));
  }

  @Test
  void patientIndexRules_trainOnlyOnTheNarrowOnes() {
    assertThat(BlockingRule.patientIndex()).containsAll(BlockingRule.patientIndexTraining());
    assertThat(BlockingRule.patientIndexTraining())
        .doesNotContain(new BlockingRule.SurnameAndSex(), new BlockingRule.NamePrefixes(),
            new BlockingRule.PhoneticGivenNameAndSex());
  }
}
