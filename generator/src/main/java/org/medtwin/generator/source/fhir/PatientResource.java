package org.medtwin.generator.source.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;

/** Reads and writes the demographics of a FHIR R4 Patient resource held as a Jackson tree. */
public final class PatientResource {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private PatientResource() {}

  /**
   * Reads the demographics Synthea wrote: official name, birth date, gender, first address, home phone.
   *
   * @param patient a Patient resource
   * @return the person's demographics
   */
  public static Identity read(JsonNode patient) {
    JsonNode name = officialName(patient);
    String given = name == null ? "" : name.path("given").path(0).asText("");
    String family = name == null ? "" : name.path("family").asText("");
    String birth = patient.path("birthDate").asText("");
    String sex = "female".equals(patient.path("gender").asText()) ? "F" : "M";
    Address address = null;
    JsonNode first = patient.path("address").path(0);
    if (first.isObject()) {
      String latitude = "";
      String longitude = "";
      for (JsonNode extension : first.path("extension")) {
        for (JsonNode part : extension.path("extension")) {
          if ("latitude".equals(part.path("url").asText())) {
            latitude = part.path("valueDecimal").decimalValue().toPlainString();
          } else if ("longitude".equals(part.path("url").asText())) {
            longitude = part.path("valueDecimal").decimalValue().toPlainString();
          }
        }
      }
      address = new Address(
          first.path("line").path(0).asText(""),
          first.path("city").asText(""),
          first.path("state").asText(""),
          first.path("postalCode").asText(""),
          latitude,
          longitude);
    }
    String phone = null;
    for (JsonNode telecom : patient.path("telecom")) {
      if ("phone".equals(telecom.path("system").asText())) {
        phone = telecom.path("value").asText();
        break;
      }
    }
    return new Identity(given, family, birth.isEmpty() ? null : LocalDate.parse(birth), sex, address, phone);
  }

  /**
   * Writes a source's copy of the demographics into a Synthea Patient resource; other elements stay.
   *
   * @param patient the Patient resource, changed in place
   * @param truth the demographics Synthea wrote
   * @param copy the source's copy
   */
  public static void apply(ObjectNode patient, Identity truth, Identity copy) {
    JsonNode name = officialName(patient);
    if (name instanceof ObjectNode official) {
      official.put("family", copy.family());
      JsonNode given = official.path("given");
      if (given instanceof ArrayNode givenNames && givenNames.size() > 0) {
        givenNames.set(0, NODES.textNode(copy.given()));
      } else {
        official.putArray("given").add(copy.given());
      }
    }
    if (copy.birthDate() == null) {
      patient.remove("birthDate");
    } else {
      patient.put("birthDate", copy.birthDate().toString());
    }
    applyAddress(patient, truth, copy.address());
    applyPhone(patient, copy.phone());
  }

  /**
   * Builds a minimal US Core-style Patient for demographics-only runs.
   *
   * @param id the resource id
   * @param copy the source's copy of the demographics
   * @return the Patient resource
   */
  public static ObjectNode create(String id, Identity copy) {
    ObjectNode patient = NODES.objectNode();
    patient.put("resourceType", "Patient");
    patient.put("id", id);
    ObjectNode name = patient.putArray("name").addObject();
    name.put("use", "official");
    name.put("family", copy.family());
    name.putArray("given").add(copy.given());
    if (copy.phone() != null) {
      ObjectNode phone = patient.putArray("telecom").addObject();
      phone.put("system", "phone");
      phone.put("value", copy.phone());
      phone.put("use", "home");
    }
    patient.put("gender", "F".equals(copy.sex()) ? "female" : "male");
    if (copy.birthDate() != null) {
      patient.put("birthDate", copy.birthDate().toString());
    }
    Address address = copy.address();
    if (address != null) {
      ObjectNode home = patient.putArray("address").addObject();
      home.putArray("line").add(address.line());
      home.put("city", address.city());
      home.put("state", address.state());
      home.put("postalCode", address.zip());
      home.put("country", "US");
    }
    return patient;
  }

  private static void applyAddress(ObjectNode patient, Identity truth, Address address) {
    if (address == null) {
      patient.remove("address");
      return;
    }
    if (address.equals(truth.address())) {
      return;
    }
    JsonNode existing = patient.path("address").path(0);
    ObjectNode home = existing instanceof ObjectNode node ? node : patient.putArray("address").addObject();
    home.putArray("line").add(address.line());
    home.put("city", address.city());
    home.put("state", address.state());
    home.put("postalCode", address.zip());
    for (JsonNode extension : home.path("extension")) {
      for (JsonNode part : extension.path("extension")) {
        String url = part.path("url").asText();
        String value = "latitude".equals(url) ? address.latitude() : "longitude".equals(url) ? address.longitude() : "";
        if (!value.isEmpty() && part instanceof ObjectNode coordinate) {
          coordinate.set("valueDecimal", NODES.numberNode(new BigDecimal(value)));
        }
      }
    }
  }

  private static void applyPhone(ObjectNode patient, String phone) {
    JsonNode telecoms = patient.path("telecom");
    if (telecoms instanceof ArrayNode list) {
      for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
        JsonNode telecom = it.next();
        if ("phone".equals(telecom.path("system").asText()) && telecom instanceof ObjectNode entry) {
          if (phone == null) {
            it.remove();
          } else {
            entry.put("value", phone);
          }
          break;
        }
      }
      if (list.isEmpty()) {
        patient.remove("telecom");
      }
    }
  }

  private static JsonNode officialName(JsonNode patient) {
    JsonNode first = null;
    for (JsonNode name : patient.path("name")) {
      if ("official".equals(name.path("use").asText())) {
        return name;
      }
      if (first == null) {
        first = name;
      }
    }
    return first;
  }
}
