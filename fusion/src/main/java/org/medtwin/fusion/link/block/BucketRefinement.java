package org.medtwin.fusion.link.block;

import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * A finer key that splits a blocking rule's crowded buckets.
 *
 * <p>In a network of a million people a bucket such as "postcode 02139, given initial J" holds
 * hundreds of records, and nearly every pair in it is a non-match: the pair count would grow with
 * the square of the network. Inside a crowded bucket records are paired only when their
 * refinement values agree; a record without a value (no birth date, sex unknown) is still paired
 * with the whole bucket, so missing data never hides a pair.
 */
public enum BucketRefinement {
  /** The year of birth. */
  BIRTH_YEAR {
    @Override
    String value(PersonRecord record) {
      return record.birthDate() == null ? null : record.birthDate().year();
    }
  },
  /** The decade of birth. */
  BIRTH_DECADE {
    @Override
    String value(PersonRecord record) {
      return record.birthDate() == null ? null : record.birthDate().year().substring(0, 3);
    }
  },
  /** The administrative sex. */
  SEX {
    @Override
    String value(PersonRecord record) {
      return record.sex() == Sex.UNKNOWN ? null : record.sex().name();
    }
  },
  /** The first letter of the official given name. */
  GIVEN_INITIAL {
    @Override
    String value(PersonRecord record) {
      for (PersonName name : record.names()) {
        if (name.given() != null && !name.given().isEmpty()) {
          return name.given().substring(0, 1);
        }
      }
      return null;
    }
  };

  /** The record's refinement value, or {@code null} when the field is missing. */
  abstract String value(PersonRecord record);
}
