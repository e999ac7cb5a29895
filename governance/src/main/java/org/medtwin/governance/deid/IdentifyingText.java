package org.medtwin.governance.deid;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;

/**
 * What is known to identify one patient (their names, identifiers, contact data, streets and
 * towns, birth date), for the note scrubber to find in free text beyond what patterns catch.
 *
 * @param names name parts (family, given, prefixes stripped of dots), 2 characters or longer
 * @param identifiers identifier values and the patient's source ids
 * @param contacts phone numbers and e-mail addresses as written
 * @param streets street lines
 * @param places towns and cities
 * @param dates birth dates
 */
public record IdentifyingText(
    Set<String> names,
    Set<String> identifiers,
    Set<String> contacts,
    Set<String> streets,
    Set<String> places,
    Set<LocalDate> dates) {

  public IdentifyingText {
    names = Set.copyOf(names);
    identifiers = Set.copyOf(identifiers);
    contacts = Set.copyOf(contacts);
    streets = Set.copyOf(streets);
    places = Set.copyOf(places);
    dates = Set.copyOf(dates);
  }

  /** Nothing known: the scrubber relies on its patterns alone. */
  public static IdentifyingText none() {
    return new IdentifyingText(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** What the records of one patient (from one or more sources) say about them. */
  public static IdentifyingText of(Collection<Patient> patients) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> identifiers = new LinkedHashSet<>();
    Set<String> contacts = new LinkedHashSet<>();
    Set<String> streets = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    Set<LocalDate> dates = new LinkedHashSet<>();
    for (Patient patient : patients) {
      identifiers.add(patient.id());
      for (Identifier identifier : patient.identifiers()) {
        identifiers.add(identifier.value());
      }
      for (HumanName name : patient.names()) {
        addName(names, name.family());
        name.given().forEach(given -> addName(names, given));
      }
      for (ContactPoint contact : patient.telecom()) {
        contacts.add(contact.value());
      }
      for (Address address : patient.addresses()) {
        streets.addAll(address.lines());
        if (address.city() != null) {
          places.add(address.city());
        }
      }
      if (patient.birthDate() != null) {
        dates.add(patient.birthDate());
      }
    }
    return new IdentifyingText(names, identifiers, contacts, streets, places, dates);
  }

  /** One patient's records. */
  public static IdentifyingText of(Patient patient) {
    return of(List.of(patient));
  }

  private static void addName(Set<String> names, String part) {
    if (part == null) {
      return;
    }
    // "Mary-Ann O'Neil" is found as a whole and by its parts.
    String stripped = part.strip();
    if (stripped.length() >= 2) {
      names.add(stripped);
    }
    for (String piece : stripped.split("[\\s\\-]+")) {
      if (piece.length() >= 2) {
        names.add(piece);
      }
    }
  }
}
