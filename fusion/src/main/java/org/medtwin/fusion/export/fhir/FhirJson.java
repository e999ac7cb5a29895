package org.medtwin.fusion.export.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

/** Small builders for the FHIR R4 JSON data types the exported resources use. */
final class FhirJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private FhirJson() {}

  static ObjectNode resource(String type, String id) {
    ObjectNode node = NODES.objectNode();
    node.put("resourceType", type);
    node.put("id", id);
    return node;
  }

  /** A FHIR id for a value that may not be one: itself when valid, otherwise a name-based UUID. */
  static String id(String value) {
    return FHIR_ID.matcher(value).matches() ? value : uuid(value);
  }

  /** A stable id for one fact: a name-based UUID of its type, source and id. */
  static String factId(String type, String source, String id) {
    return uuid(type + "\u0000" + source + "\u0000" + id);
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static ObjectNode reference(String type, String id) {
    ObjectNode node = NODES.objectNode();
    node.put("reference", type + "/" + id);
    return node;
  }

  static ObjectNode coding(String system, String code, String display) {
    ObjectNode node = NODES.objectNode();
    if (system != null) {
      node.put("system", system);
    }
    node.put("code", code);
    if (display != null) {
      node.put("display", display);
    }
    return node;
  }

  /** A CodeableConcept of one coding, or {@code null} without a code. */
  static ObjectNode concept(String system, String code, String display) {
    if (code == null) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.putArray("coding").add(coding(system, code, display));
    if (display != null) {
      node.put("text", display);
    }
    return node;
  }

  static ObjectNode text(String text) {
    ObjectNode node = NODES.objectNode();
    node.put("text", text);
    return node;
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** An instant as FHIR's dateTime and instant types spell it (UTC, seconds or finer). */
  static String dateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Sets a field when the value is present. */
  static void put(ObjectNode node, String field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof ObjectNode object) {
      node.set(field, object);
    } else if (value instanceof ArrayNode array) {
      if (!array.isEmpty()) {
        node.set(field, array);
      }
    } else if (value instanceof Instant instant) {
      node.put(field, dateTime(instant));
    } else if (value instanceof Integer number) {
      node.put(field, number);
    } else if (value instanceof java.math.BigDecimal number) {
      node.put(field, number);
    } else {
      node.put(field, value.toString());
    }
  }

  /** A one-element array. */
  static ArrayNode list(ObjectNode element) {
    ArrayNode array = NODES.arrayNode();
    if (element != null) {
      array.add(element);
    }
    return array;
  }
}
