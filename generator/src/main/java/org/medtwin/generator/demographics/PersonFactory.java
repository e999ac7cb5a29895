package org.medtwin.generator.demographics;

import java.time.LocalDate;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes persons without simulating them, for demographics-only runs: Synthea's names and places,
 * an age pyramid close to the US one, and even odds of each sex.
 *
 * @param names Synthea's names
 * @param places Synthea's places
 * @param today the run's fixed reference date
 */
public record PersonFactory(NameBook names, PlaceBook places, LocalDate today) {

  /**
   * Makes one person from its own random stream.
   *
   * @param random the person's random stream
   * @return the person
   */
  public Person create(RandomGenerator random) {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    String sex = random.nextBoolean() ? "F" : "M";
    int age = random.nextDouble() < 0.83 ? random.nextInt(65) : 65 + (int) (35 * (1 - Math.sqrt(random.nextDouble())));
    LocalDate birthDate = today.minusYears(age + 1L).plusDays(1 + random.nextInt(365));
    String phone = "555-" + (100 + random.nextInt(900)) + "-" + pad4(random.nextInt(10_000));
    Identity truth = new Identity(
        names.given(sex, random), names.family(random), birthDate, sex, places.address(random), phone);
    return new Person(new UUID(msb, lsb).toString(), truth);
  }

  private static String pad4(int value) {
    String digits = Integer.toString(value);
    return "0".repeat(4 - digits.length()) + digits;
  }
}
