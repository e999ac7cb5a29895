package org.medtwin.generator.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;
import org.medtwin.generator.demographics.NameBook;
import org.medtwin.generator.demographics.PlaceBook;

class NoiseModelTest {

  private static final Identity WILLIAM = new Identity(
      "William", "Kunde", LocalDate.of(1970, 3, 9), "M",
      new Address("12 Kunde Road", "Boston", "MA", "02127", "42.3", "-71.0"), "555-123-4567");

  private static Nicknames nicknames;
  private static NameBook names;
  private static PlaceBook places;

  @BeforeAll
  static void load() {
    nicknames = Nicknames.load();
    names = NameBook.load();
    places = PlaceBook.load(names);
  }

  @Test
  void swapDayMonth_swapsWhenTheDayCouldBeAMonth() {
    assertThat(NoiseModel.swapDayMonth(LocalDate.of(1970, 3, 9))).isEqualTo(LocalDate.of(1970, 9, 3));
    assertThat(NoiseModel.swapDayMonth(LocalDate.of(1985, 12, 1))).isEqualTo(LocalDate.of(1985, 1, 12));
  }

  @Test
  void swapDayMonth_keepsDatesWhoseDayIsAbove12OrEqualsTheMonth() {
    assertThat(NoiseModel.swapDayMonth(LocalDate.of(1970, 3, 13))).isEqualTo(LocalDate.of(1970, 3, 13));
    assertThat(NoiseModel.swapDayMonth(LocalDate.of(1970, 5, 5))).isEqualTo(LocalDate.of(1970, 5, 5));
  }

  @Test
  void phoneFormats_writeTheSameTenDigitsFourWays() {
    assertThat(PhoneFormat.DASHED.format("5551234567")).isEqualTo("555-123-4567");
    assertThat(PhoneFormat.PARENTHESES.format("555-123-4567")).isEqualTo("(555) 123-4567");
    assertThat(PhoneFormat.INTERNATIONAL.format("555-123-4567")).isEqualTo("+1 555 123 4567");
    assertThat(PhoneFormat.DIGITS.format("+1 555 123 4567")).isEqualTo("5551234567");
  }

  @Test
  void nicknames_tableHasAtLeastThirtyNamesWithTheClassicPairs() {
    assertThat(nicknames.size()).isGreaterThanOrEqualTo(30);
    assertThat(nicknames.of("William")).containsExactly("Bill", "Will");
    assertThat(nicknames.of("Robert")).contains("Bob");
    assertThat(nicknames.of("Elizabeth")).containsExactly("Liz", "Beth");
    assertThat(nicknames.of("Margaret")).contains("Peggy");
    assertThat(nicknames.of("James")).contains("Jim");
    assertThat(nicknames.of("Zebedee")).isEmpty();
  }

  @Test
  void noNoise_keepsEverythingAndWritesSyntheaPhoneFormat() {
    NoiseModel none = new NoiseModel(0, nicknames, names, places);

    assertThat(none.apply(WILLIAM, new SplittableRandom(1))).isEqualTo(WILLIAM);
  }

  @Test
  void fullNoise_neverChangesSexAndUsesOnlyTableNicknamesAndKnownPhoneFormats() {
    NoiseModel all = new NoiseModel(1, nicknames, names, places);
    Set<String> phones = new HashSet<>();
    for (int seed = 0; seed < 500; seed++) {
      Identity copy = all.apply(WILLIAM, new SplittableRandom(seed));
      assertThat(copy.sex()).isEqualTo("M");
      assertThat(copy.family()).isNotNull();
      if (copy.phone() != null) {
        phones.add(copy.phone());
      }
      assertThat(copy.birthDate()).isIn(null, LocalDate.of(1970, 9, 3));
    }
    assertThat(phones).isSubsetOf(List.of("(555) 123-4567", "+1 555 123 4567", "5551234567")).isNotEmpty();
  }

  @Test
  void fullNoise_givenNameIsANicknameFromTheTablePossiblyWithOneTypo() {
    NoiseModel all = new NoiseModel(1, nicknames, names, places);
    Set<String> givens = new HashSet<>();
    for (int seed = 0; seed < 300; seed++) {
      givens.add(all.apply(WILLIAM, new SplittableRandom(seed)).given());
    }
    assertThat(givens).contains("Bill", "Will");
    assertThat(givens).allSatisfy(g -> assertThat(g.length()).isBetween(3, 5));
  }

  @Test
  void surnameChange_happensOnlyForWomen() {
    NoiseModel all = new NoiseModel(1, nicknames, names, places);
    Identity woman = WILLIAM.withGiven("Zoe").withFamily("Q").withBirthDate(LocalDate.of(1970, 3, 20));
    Identity womanF = new Identity(woman.given(), woman.family(), woman.birthDate(), "F", woman.address(), woman.phone());
    long changed = 0;
    for (int seed = 0; seed < 200; seed++) {
      String family = all.apply(womanF, new SplittableRandom(seed)).family();
      if (family.length() > 2) {
        changed++;
      }
    }
    assertThat(changed).isGreaterThan(150);
  }
}
