package org.medtwin.fusion.export.fhir;

import static org.medtwin.fusion.export.fhir.FhirJson.put;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.medtwin.core.record.Identifier;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportPerson;

/** Turns a person's golden record into a FHIR R4 {@code Patient}. */
final class FhirPatients {

  /** The system of MedTwin's person ids (the master patient index). */
  static final String PERSON_ID_SYSTEM = "urn:medtwin:person";

  private final Disclosure disclosure;

  FhirPatients(Disclosure disclosure) {
    this.disclosure = disclosure;
  }

  ObjectNode resource(ExportPerson stored) {
    ExportPerson person = disclosure.person(stored);
    String personId = disclosure.personId(stored.personId());
    ObjectNode patient = FhirJson.resource("Patient", FhirJson.id(personId));
    ArrayNode identifiers = FhirJson.array();
    identifiers.add(identifier(PERSON_ID_SYSTEM, personId));
    if (disclosure.identifying()) {
      for (Identifier id : person.identifiers()) {
        identifiers.add(identifier(system(id.system()), id.value()));
      }
    }
    patient.set("identifier", identifiers);
    if (disclosure.identifying() && (person.family() != null || person.given() != null)) {
      ObjectNode name = FhirJson.object();
      put(name, "family", person.family());
      if (person.given() != null) {
        ArrayNode given = name.putArray("given");
        Arrays.stream(person.given().trim().split("\\s+")).forEach(given::add);
      }
      patient.set("name", FhirJson.list(name));
    }
    if (disclosure.identifying() && person.phone() != null) {
      ObjectNode phone = FhirJson.object();
      phone.put("system", "phone");
      phone.put("value", person.phone());
      patient.set("telecom", FhirJson.list(phone));
    }
    String sex = person.sex() == null ? null : person.sex().toLowerCase(Locale.ROOT);
    patient.put("gender", sex != null && Set.of("male", "female", "other", "unknown").contains(sex) ? sex : "unknown");
    put(patient, "birthDate", person.birthDate());
    put(patient, "deceasedDateTime", person.deceased());
    ObjectNode address = address(person);
    if (address != null) {
      patient.set("address", FhirJson.list(address));
    }
    return patient;
  }

  private ObjectNode address(ExportPerson person) {
    ObjectNode address = FhirJson.object();
    if (disclosure.identifying() && person.addressLine() != null) {
      ArrayNode lines = address.putArray("line");
      Arrays.stream(person.addressLine().split(",\\s*")).filter(l -> !l.isBlank()).forEach(lines::add);
    }
    if (disclosure.identifying()) {
      put(address, "city", person.city());
    }
    put(address, "state", person.state());
    put(address, "postalCode", person.postalCode());
    put(address, "country", person.country());
    return address.isEmpty() ? null : address;
  }

  private static ObjectNode identifier(String system, String value) {
    ObjectNode node = FhirJson.object();
    node.put("system", system);
    node.put("value", value);
    return node;
  }

  /** Identifier.system is a URI: a bare assigning-system name becomes a MedTwin URN. */
  private static String system(String system) {
    return system.contains(":") ? system : "urn:medtwin:identifier:" + system.replaceAll("[^A-Za-z0-9._-]", "-");
  }
}
