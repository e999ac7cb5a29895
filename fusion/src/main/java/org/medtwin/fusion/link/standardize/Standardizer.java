package org.medtwin.fusion.link.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;

/** Turns source records into {@link PersonRecord}s with every field standardized for linkage. */
public final class Standardizer {

  private final NameStandardizer names;
  private final AddressStandardizer addresses;
  private final PhoneStandardizer phones;

  /** A standardizer with explicit parts. */
  public Standardizer(NameStandardizer names, AddressStandardizer addresses, PhoneStandardizer phones) {
    this.names = names;
    this.addresses = addresses;
    this.phones = phones;
  }

  /** The shipped tables, with national phone numbers read as those of the given country code. */
  public static Standardizer standard(String defaultCountryCode) {
    return new Standardizer(
        NameStandardizer.standard(), AddressStandardizer.standard(),
        new PhoneStandardizer(defaultCountryCode));
  }

  /** The name standardizer. */
  public NameStandardizer names() {
    return names;
  }

  /** The address standardizer. */
  public AddressStandardizer addresses() {
    return addresses;
  }

  /** The phone standardizer. */
  public PhoneStandardizer phones() {
    return phones;
  }

  /** A standardized name from a raw given-name text and surname. */
  public PersonName name(String given, String family) {
    return new PersonName(names.firstGiven(given), surname(family));
  }

  /** A surname with its words joined, so {@code van der Berg} equals {@code Vanderberg}. */
  public String surname(String family) {
    String standardized = names.standardize(family);
    return standardized == null ? null : standardized.replace(" ", "");
  }

  /**
   * A standardized identifier, or {@code null} when the value is blank after cleaning.
   */
  public PersonIdentifier identifier(String authority, String value) {
    if (authority == null || authority.isBlank() || value == null) {
      return null;
    }
    String compact = value.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
    return compact.isEmpty() ? null : new PersonIdentifier(authority.strip(), compact);
  }

  /** The person a core {@link Patient} describes, keyed by its provenance's source. */
  public PersonRecord person(Patient patient) {
    List<PersonName> personNames = new ArrayList<>();
    for (HumanName name : patient.names()) {
      PersonName standardized = name(String.join(" ", name.given()), name.family());
      if (standardized.given() != null || standardized.family() != null) {
        personNames.add(standardized);
      }
    }
    List<PostalAddress> personAddresses = new ArrayList<>();
    for (Address address : patient.addresses()) {
      personAddresses.add(addresses.address(address));
    }
    List<String> personPhones = new ArrayList<>();
    for (ContactPoint contact : patient.telecom()) {
      if ("phone".equalsIgnoreCase(contact.system()) || "sms".equalsIgnoreCase(contact.system())) {
        String phone = phones.standardize(contact.value());
        if (phone != null && !personPhones.contains(phone)) {
          personPhones.add(phone);
        }
      }
    }
    List<PersonIdentifier> ids = new ArrayList<>();
    for (Identifier id : patient.identifiers()) {
      PersonIdentifier standardized = identifier(id.system(), id.value());
      if (standardized != null) {
        ids.add(standardized);
      }
    }
    return new PersonRecord(
        patient.provenance().sourceSystem(),
        patient.id(),
        personNames,
        patient.birthDate() == null ? null : BirthDate.of(patient.birthDate()),
        patient.sex(),
        personAddresses,
        personPhones,
        ids);
  }
}
