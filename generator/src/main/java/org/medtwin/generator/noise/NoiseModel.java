package org.medtwin.generator.noise;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.medtwin.generator.demographics.Identity;
import org.medtwin.generator.demographics.NameBook;
import org.medtwin.generator.demographics.PlaceBook;

/**
 * Turns a person's true demographics into one source's noisy copy.
 *
 * <p>Each kind of noise is rolled independently with the same probability, in this order: nickname,
 * typo (one edit in the given or the family name), surname change (women only), moved address,
 * day/month swap of the birth date (only when the day is 12 or less), phone format other than
 * {@code 555-123-4567}, and last a missing field (birth date, address or phone). Sex is never changed.
 *
 * @param probability chance of each kind of noise per copy, in [0, 1]
 * @param nicknames the nickname table
 * @param names Synthea's names, for new surnames
 * @param places Synthea's places, for moved addresses
 */
public record NoiseModel(double probability, Nicknames nicknames, NameBook names, PlaceBook places) {

  private static final List<PhoneFormat> OTHER_FORMATS =
      List.of(PhoneFormat.PARENTHESES, PhoneFormat.INTERNATIONAL, PhoneFormat.DIGITS);

  /**
   * Makes one noisy copy.
   *
   * @param truth the person's true demographics
   * @param random this copy's own random stream
   * @return the copy as the source holds it
   */
  public Identity apply(Identity truth, RandomGenerator random) {
    Identity copy = truth;
    if (roll(random)) {
      List<String> options = nicknames.of(copy.given());
      if (!options.isEmpty()) {
        copy = copy.withGiven(options.get(random.nextInt(options.size())));
      }
    }
    if (roll(random)) {
      copy = random.nextBoolean()
          ? copy.withGiven(Typo.random(copy.given(), random))
          : copy.withFamily(Typo.random(copy.family(), random));
    }
    if (roll(random) && copy.isFemale()) {
      String family = names.family(random);
      if (!family.equals(copy.family())) {
        copy = copy.withFamily(family);
      }
    }
    if (roll(random)) {
      copy = copy.withAddress(places.address(random));
    }
    if (roll(random) && copy.birthDate() != null) {
      copy = copy.withBirthDate(swapDayMonth(copy.birthDate()));
    }
    if (copy.phone() != null) {
      PhoneFormat format =
          roll(random) ? OTHER_FORMATS.get(random.nextInt(OTHER_FORMATS.size())) : PhoneFormat.DASHED;
      copy = copy.withPhone(format.format(copy.phone()));
    }
    if (roll(random)) {
      copy = switch (random.nextInt(3)) {
        case 0 -> copy.withBirthDate(null);
        case 1 -> copy.withAddress(null);
        default -> copy.withPhone(null);
      };
    }
    return copy;
  }

  /**
   * Swaps day and month, as a clerk who reads a date the other way round would.
   *
   * @param date a birth date
   * @return the swapped date, or the date itself when its day is above 12 or equals its month
   */
  public static LocalDate swapDayMonth(LocalDate date) {
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return date;
    }
    return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
  }

  private boolean roll(RandomGenerator random) {
    return random.nextDouble() < probability;
  }
}
