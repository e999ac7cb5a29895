package org.medtwin.fusion.link.standardize;

import java.util.List;
import org.medtwin.core.record.Sex;

/**
 * One source's record of a person, standardized for linkage; every part but the key may be
 * missing, and names, addresses, phones and identifiers may hold several values.
 *
 * @param source the source system
 * @param recordId the record's id in that source
 * @param names standardized names (aliases, maiden names), official first
 * @param birthDate the birth date, or {@code null}
 * @param sex administrative sex ({@link Sex#UNKNOWN} when not recorded)
 * @param addresses standardized addresses (address history)
 * @param phones phone numbers in E.164 form ({@code +61298765432})
 * @param identifiers identifiers with their assigning authorities
 */
public record PersonRecord(
    String source,
    String recordId,
    List<PersonName> names,
    BirthDate birthDate,
    Sex sex,
    List<PostalAddress> addresses,
    List<String> phones,
    List<PersonIdentifier> identifiers) {

  public PersonRecord {
    new RecordKey(source, recordId); // validates both parts
    names = names == null ? List.of() : List.copyOf(names);
    sex = sex == null ? Sex.UNKNOWN : sex;
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    phones = phones == null ? List.of() : List.copyOf(phones);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** The record's key. */
  public RecordKey key() {
    return new RecordKey(source, recordId);
  }
}
