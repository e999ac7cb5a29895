package org.medtwin.fusion.link.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /**
   * The default rules plus those that find people across hospitals whose surname changed or
   * whose names carry typos while other fields are missing: the master patient index's rules.
   */
  static List<BlockingRule> patientIndex() {
    List<BlockingRule> rules = new ArrayList<>(patientIndexTraining());
    rules.add(new NamePrefixes());
    rules.add(new PhoneticGivenNameAndSex());
    rules.add(new SurnameAndSex());
    return List.copyOf(rules);
  }

  /**
   * The patient index's rules without the broad ones (name prefixes, given name or surname with
   * sex), whose many non-matches would pull EM away from the matches: the pairs to train on.
   */
  static List<BlockingRule> patientIndexTraining() {
    List<BlockingRule> rules = new ArrayList<>(defaults());
    rules.add(new GivenNameAndBirthYear());
    rules.add(new PhoneticFullName());
    rules.add(new BirthDateEitherOrder());
    return List.copyOf(rules);
  }

  /** The rule's name in reports. */
  String name();

  /** The bucket keys of a record; empty when the fields the rule needs are missing. */
  List<String> keys(PersonRecord record);

  /**
   * How a crowded bucket of this rule is split (see {@link BucketRefinement}); empty for rules
   * whose buckets stay small at any scale (identifiers).
   */
  default Optional<BucketRefinement> refinement() {
    return Optional.empty();
  }

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
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.GIVEN_INITIAL);
    }

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

  /**
   * The given name plus the birth year: finds a person whose surname changed (marriage), whose
   * day and month were swapped and who moved.
   */
  record GivenNameAndBirthYear() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.SEX);
    }

    @Override
    public String name() {
      return "given name + birth year";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      if (record.birthDate() == null) {
        return List.of();
      }
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.given() != null) {
          addDistinct(keys, name.given() + "|" + record.birthDate().year());
        }
      }
      return keys;
    }
  }

  /**
   * Double Metaphone of the given name and of the surname: finds typos in both names when the
   * birth date is missing and the address changed.
   */
  record PhoneticFullName() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_DECADE);
    }

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    @Override
    public String name() {
      return "phonetic given name + surname";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.given() != null && name.family() != null) {
          addDistinct(keys, METAPHONE.doubleMetaphone(name.given()) + "|"
              + METAPHONE.doubleMetaphone(name.family()));
        }
      }
      return keys;
    }
  }

  /** The birth date with day and month in either order: finds transposed dates. */
  record BirthDateEitherOrder() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.GIVEN_INITIAL);
    }

    @Override
    public String name() {
      return "birth date, day and month either order";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      if (record.birthDate() == null) {
        return List.of();
      }
      String digits = record.birthDate().digits();
      String month = digits.substring(4, 6);
      String day = digits.substring(6, 8);
      return List.of(digits.substring(0, 4) + (month.compareTo(day) <= 0 ? month + day : day + month));
    }
  }

  /**
   * The first two letters of the given name and of the surname: finds typos later in both names
   * when the birth date is missing, which phonetic codes miss when a typo changes a consonant.
   */
  record NamePrefixes() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_YEAR);
    }

    @Override
    public String name() {
      return "given name + surname prefixes";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.given() != null && name.family() != null
            && name.given().length() >= 2 && name.family().length() >= 2) {
          addDistinct(keys, name.given().substring(0, 2) + "|" + name.family().substring(0, 2));
        }
      }
      return keys;
    }
  }

  /**
   * Double Metaphone of the given name and the sex: the last resort for a person whose surname,
   * address and phone all changed and whose given name may carry a typo; common names exceed the
   * bucket cap and are left to the other rules.
   */
  record PhoneticGivenNameAndSex() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_YEAR);
    }

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    @Override
    public String name() {
      return "phonetic given name + sex";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.given() != null) {
          addDistinct(keys, METAPHONE.doubleMetaphone(name.given()) + "|" + record.sex());
        }
      }
      return keys;
    }
  }

  /**
   * The surname and the sex: finds a typo early in the given name (where prefixes and phonetic
   * codes of the given name differ) when the birth date is missing.
   */
  record SurnameAndSex() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_YEAR);
    }

    @Override
    public String name() {
      return "surname + sex";
    }

    @Override
    public List<String> keys(PersonRecord record) {
      List<String> keys = new ArrayList<>(1);
      for (PersonName name : record.names()) {
        if (name.family() != null) {
          addDistinct(keys, name.family() + "|" + record.sex());
        }
      }
      return keys;
    }
  }

  /** The postcode plus the first letter of the given name. */
  record PostcodeAndFirstInitial() implements BlockingRule {
    @Override
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_YEAR);
    }

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
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.GIVEN_INITIAL);
    }

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
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.BIRTH_DECADE);
    }

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
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.GIVEN_INITIAL);
    }

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
    public Optional<BucketRefinement> refinement() {
      return Optional.of(BucketRefinement.GIVEN_INITIAL);
    }

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
