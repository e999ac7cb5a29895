package org.medtwin.fusion.source.hl7;

import ca.uhn.hl7v2.model.v25.datatype.CX;
import ca.uhn.hl7v2.model.v25.datatype.XAD;
import ca.uhn.hl7v2.model.v25.datatype.XPN;
import ca.uhn.hl7v2.model.v25.datatype.XTN;
import ca.uhn.hl7v2.model.v25.segment.PID;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/**
 * Maps a PID segment to a {@link Patient}: PID-3 identifiers (the one assigned by {@code LAB} is
 * the patient's id), PID-5 names, PID-7 birth date, PID-8 sex, PID-11 addresses, PID-13/14 phones.
 */
final class PidMapper {

  /** The assigning authority whose PID-3 identifier is the lab's own patient id. */
  static final String LAB_AUTHORITY = "LAB";

  private final String source;
  private final Hl7Time time;

  PidMapper(String source, Hl7Time time) {
    this.source = source;
    this.time = time;
  }

  Patient map(PID pid) {
    List<Identifier> identifiers = new ArrayList<>();
    String labId = null;
    String firstId = null;
    for (CX cx : pid.getPatientIdentifierList()) {
      String value = text(cx.getIDNumber().getValue());
      if (value == null) {
        continue;
      }
      String authority = text(cx.getAssigningAuthority().getNamespaceID().getValue());
      if (authority == null) {
        authority = text(cx.getAssigningAuthority().getUniversalID().getValue());
      }
      String system = authority == null ? CodeSystem.local(source, "patient-id") : authority;
      identifiers.add(new Identifier(system, value, cx.getIdentifierTypeCode().getValue()));
      firstId = firstId == null ? value : firstId;
      if (labId == null && LAB_AUTHORITY.equalsIgnoreCase(authority)) {
        labId = value;
      }
    }
    String id = labId != null ? labId : firstId;
    if (id == null) {
      throw new MessageRejectedException(
          "PID-3 holds no patient identifier, so the patient cannot be named. "
              + "Expected e.g. 'LAB000042^^^LAB^PI'.");
    }
    Sex sex;
    try {
      sex = Sex.fromCode(pid.getAdministrativeSex().getValue());
    } catch (IllegalArgumentException e) {
      throw new MessageRejectedException("PID-8: " + e.getMessage());
    }
    return new Patient(
        id,
        identifiers,
        names(pid),
        time.date(pid.getDateTimeOfBirth().getTime().getValue(), "PID-7"),
        sex,
        addresses(pid),
        telecom(pid),
        time.instant(pid.getPatientDeathDateAndTime().getTime().getValue(), "PID-29"),
        Provenance.fromSource(source, id));
  }

  private static List<HumanName> names(PID pid) {
    List<HumanName> names = new ArrayList<>();
    for (XPN xpn : pid.getPatientName()) {
      List<String> given = new ArrayList<>();
      addIfPresent(given, xpn.getGivenName().getValue());
      addIfPresent(given, xpn.getSecondAndFurtherGivenNamesOrInitialsThereof().getValue());
      List<String> prefix = new ArrayList<>();
      addIfPresent(prefix, xpn.getPrefixEgDR().getValue());
      String family = text(xpn.getFamilyName().getSurname().getValue());
      if (family != null || !given.isEmpty()) {
        names.add(new HumanName(nameUse(xpn.getNameTypeCode().getValue()), family, given, prefix));
      }
    }
    return names;
  }

  /** HL7 table 0200 name types to FHIR name use. */
  private static String nameUse(String type) {
    if (type == null) {
      return null;
    }
    return switch (type.trim().toUpperCase(Locale.ROOT)) {
      case "L" -> "official";
      case "M" -> "maiden";
      case "N" -> "nickname";
      case "A" -> "anonymous";
      case "D" -> "usual";
      default -> null;
    };
  }

  private static List<Address> addresses(PID pid) {
    List<Address> addresses = new ArrayList<>();
    for (XAD xad : pid.getPatientAddress()) {
      List<String> lines = new ArrayList<>();
      addIfPresent(lines, xad.getStreetAddress().getStreetOrMailingAddress().getValue());
      addIfPresent(lines, xad.getOtherDesignation().getValue());
      Address address =
          new Address(
              lines,
              xad.getCity().getValue(),
              xad.getStateOrProvince().getValue(),
              xad.getZipOrPostalCode().getValue(),
              xad.getCountry().getValue());
      if (!lines.isEmpty() || address.city() != null || address.postalCode() != null) {
        addresses.add(address);
      }
    }
    return addresses;
  }

  private static List<ContactPoint> telecom(PID pid) {
    List<ContactPoint> telecom = new ArrayList<>();
    for (XTN xtn : pid.getPhoneNumberHome()) {
      addContact(telecom, xtn, "home");
    }
    for (XTN xtn : pid.getPhoneNumberBusiness()) {
      addContact(telecom, xtn, "work");
    }
    return telecom;
  }

  private static void addContact(List<ContactPoint> telecom, XTN xtn, String use) {
    String email = text(xtn.getEmailAddress().getValue());
    if ("Internet".equalsIgnoreCase(xtn.getTelecommunicationEquipmentType().getValue()) && email != null) {
      telecom.add(new ContactPoint("email", email, use));
      return;
    }
    String number = text(xtn.getTelephoneNumber().getValue());
    if (number == null) {
      String area = text(xtn.getAreaCityCode().getValue());
      String local = text(xtn.getLocalNumber().getValue());
      number = local == null ? null : (area == null ? local : "(" + area + ")" + local);
    }
    if (number != null) {
      boolean mobile = "CP".equalsIgnoreCase(xtn.getTelecommunicationEquipmentType().getValue());
      telecom.add(new ContactPoint("phone", number, mobile ? "mobile" : use));
    }
  }

  private static void addIfPresent(List<String> list, String value) {
    if (text(value) != null) {
      list.add(value.trim());
    }
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
