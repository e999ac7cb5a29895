package org.medtwin.generator.demographics;

import java.time.LocalDate;

/**
 * The demographics of one person as one source holds them; a noisy copy may lack fields (null).
 *
 * @param given first given name
 * @param family family name
 * @param birthDate birth date, null when missing
 * @param sex {@code M} or {@code F}; noise never changes it
 * @param address address, null when missing
 * @param phone phone number as written by the source, null when missing
 */
public record Identity(
    String given, String family, LocalDate birthDate, String sex, Address address, String phone) {

  /** True for a woman, whose copies may carry a changed surname. */
  public boolean isFemale() {
    return "F".equals(sex);
  }

  /** This identity with another given name. */
  public Identity withGiven(String value) {
    return new Identity(value, family, birthDate, sex, address, phone);
  }

  /** This identity with another family name. */
  public Identity withFamily(String value) {
    return new Identity(given, value, birthDate, sex, address, phone);
  }

  /** This identity with another (or no) birth date. */
  public Identity withBirthDate(LocalDate value) {
    return new Identity(given, family, value, sex, address, phone);
  }

  /** This identity with another (or no) address. */
  public Identity withAddress(Address value) {
    return new Identity(given, family, birthDate, sex, value, phone);
  }

  /** This identity with another (or no) phone. */
  public Identity withPhone(String value) {
    return new Identity(given, family, birthDate, sex, address, value);
  }
}
