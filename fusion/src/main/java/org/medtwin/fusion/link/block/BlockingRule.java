package org.medtwin.fusion.link.block;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.PostalAddress;

/**
 * A rule that puts records sharing a key into one bucket; records in one bucket become candidate
 * pairs. A record may have several keys (several names or addresses) or none (missing fields).
 */
public sealed interface BlockingRule {

  /** The rule's name in reports. */
  String name();

  /** The bucket keys of a record; empty when the fields the rule needs are missing. */
  List<String> keys(PersonRecord record);

  /** The rules MedTwin uses when none are configured. */
  static List<BlockingRule> defaults() {
    return List.of(
        new PhoneticSurnameAndBirthYear(),
        new PostcodeAndFirstInitial(),
        new ExactIdentifier(),
        new ExactBirthDate(),
        new ExactFullName(),
        new HouseNumberAndStreet(),
        new PhoneNumber());
  }

  /** Double Metaphone of the surname plus the birth year. */
  record PhoneticSurnameAndBirthYear() implements BlockingRule {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    @Override
    public String name() {
      return "phonetic surname + birth year";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      if (record.birthDate() == null) {
        return List.of();
      }
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.family() != null) {
          addDistinct(keys, METAPHONE.doubleMetaphone(name.family()) + "|" + record.birthDate().year());
        }
      }
      return keys;
    }
  }

  /** The postcode plus the first letter of the given name. */
  record PostcodeAndFirstInitial() implements BlockingRule {
    @Override
    public String name() {
      return "postcode + first initial";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PostalAddress address : record.addresses()) {
        if (address.postcode() == null) {
          continue;
        }
        for (PersonName name : record.names()) {
          if (name.given() != null) {
            addDistinct(keys, address.postcode() + "|" + name.given().charAt(0));
          }
        }
      }
      return keys;
    }
  }

  /** An identifier with its assigning authority. */
  record ExactIdentifier() implements BlockingRule {
    @Override
    public String name() {
      return "exact identifier";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(record.identifiers().size());
      for (PersonIdentifier id : record.identifiers()) {
        addDistinct(keys, id.authority() + "|" + id.value());
      }
      return keys;
    }
  }

  /** The full birth date digits. */
  record ExactBirthDate() implements BlockingRule {
    @Override
    public String name() {
      return "exact birth date";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      return record.birthDate() == null ? List.of() : List.of(record.birthDate().digits());
    }
  }

  /** Given name and surname, in either order (sources swap them). */
  record ExactFullName() implements BlockingRule {
    @Override
    public String name() {
      return "exact given name + surname";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.given() != null && name.family() != null) {
          // Ordered alphabetically so that a swapped name lands in the same bucket.
          String a = name.given();
          String b = name.family();
          addDistinct(keys, a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
        }
      }
      return keys;
    }
  }

  /** House number and street, spaces ignored ({@code colebatchplace} is a common typo). */
  record HouseNumberAndStreet() implements BlockingRule {
    @Override
    public String name() {
      return "house number + street";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PostalAddress address : record.addresses()) {
        if (address.houseNumber() != null && address.street() != null) {
          addDistinct(keys, address.houseNumber() + "|" + address.street().replace(" ", ""));
        }
      }
      return keys;
    }
  }

  /** A phone number. */
  record PhoneNumber() implements BlockingRule {
    @Override
    public String name() {
      return "phone number";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      return record.phones();
    }
  }

  private static void addDistinct(List<String> keys, String key) {
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }
}
