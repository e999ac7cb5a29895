package org.medtwin.fusion.source.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;

/** Reads FHIR R4 JSON data types (dateTime, CodeableConcept, Reference, Quantity) off a tree. */
final class FhirJson {

  private FhirJson() {}

  /** A primitive's text, or {@code null} when absent or empty. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text;
  }

  /**
   * A FHIR {@code date}, {@code dateTime} or {@code instant} as an instant; partial dates ({@code
   * 2019}, {@code 2019-02}) mean their first day, and a date without a time its start in UTC.
   *
   * @throws IllegalArgumentException naming the field when the text is not a FHIR date
   */
  static Instant instant(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      if (text.length() > 10) {
        return OffsetDateTime.parse(text).toInstant();
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.length() == 7) {
        return YearMonth.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (text.length() == 4) {
        return LocalDate.of(Integer.parseInt(text), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(
        field + " '" + text + "' is not a FHIR dateTime (YYYY, YYYY-MM, YYYY-MM-DD or"
            + " YYYY-MM-DDThh:mm:ss+zz:zz).");
  }

  /** A FHIR {@code date} as a local date. */
  static LocalDate date(JsonNode node, String field) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " '" + text + "' is not a FHIR date (YYYY-MM-DD).");
    }
  }

  /** The first coding of a CodeableConcept (or a Coding) field, or {@code null}. */
  static Coding coding(JsonNode node, String field) {
    JsonNode concept = node.get(field);
    if (concept != null && concept.isArray()) {
      concept = concept.size() == 0 ? null : concept.get(0);
    }
    return codingOf(concept, field);
  }

  /** Every first coding of a repeated CodeableConcept/Coding field. */
  static List<Coding> codings(JsonNode node, String field) {
    List<Coding> result = new ArrayList<>();
    JsonNode values = node.get(field);
    if (values != null && values.isArray()) {
      for (JsonNode value : values) {
        Coding coding = codingOf(value, field);
        if (coding != null) {
          result.add(coding);
        }
      }
    }
    return result;
  }

  private static Coding codingOf(JsonNode concept, String field) {
    if (concept == null || concept.isNull()) {
      return null;
    }
    JsonNode codings = concept.get("coding");
    JsonNode first =
        codings != null && codings.isArray() && codings.size() > 0 ? codings.get(0) : concept;
    String code = text(first, "code");
    if (code == null) {
      return null;
    }
    String display = text(first, "display");
    if (display == null) {
      display = text(concept, "text");
    }
    String system = text(first, "system");
    if (system == null) {
      throw new IllegalArgumentException(
          field + " has code '" + code + "' without a system. Maybe the source omitted Coding.system?");
    }
    return new Coding(system, code, display);
  }

  /**
   * The code of a CodeableConcept's first coding (of the first concept, for a repeated field such
   * as {@code category}), or {@code null}.
   */
  static String conceptCode(JsonNode node, String field) {
    JsonNode concept = node.get(field);
    if (concept != null && concept.isArray()) {
      concept = concept.size() == 0 ? null : concept.get(0);
    }
    if (concept == null) {
      return null;
    }
    if (concept.isTextual()) {
      return concept.asText();
    }
    JsonNode codings = concept.get("coding");
    return codings != null && codings.size() > 0 ? text(codings.get(0), "code") : null;
  }

  /**
   * The id a reference points at: {@code Patient/123} gives {@code 123}, {@code urn:uuid:abc}
   * gives {@code abc}; {@code null} when absent.
   */
  static String referenceId(JsonNode node, String field) {
    JsonNode reference = node.get(field);
    if (reference == null || reference.isNull()) {
      return null;
    }
    if (reference.isArray()) {
      reference = reference.size() == 0 ? null : reference.get(0);
      if (reference == null) {
        return null;
      }
    }
    String text = text(reference, "reference");
    if (text == null) {
      return null;
    }
    if (text.startsWith("urn:uuid:")) {
      return text.substring("urn:uuid:".length());
    }
    int slash = text.lastIndexOf('/');
    return slash >= 0 ? text.substring(slash + 1) : text;
  }

  /** A FHIR Quantity as a model quantity, preferring the UCUM code over the display unit. */
  static Quantity quantity(JsonNode quantity) {
    if (quantity == null || quantity.isNull()) {
      return null;
    }
    JsonNode value = quantity.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new IllegalArgumentException("Quantity value '" + value.asText() + "' is not a number.");
    }
    String unit = text(quantity, "code");
    if (unit == null) {
      unit = text(quantity, "unit");
    }
    return new Quantity(value.decimalValue(), unit);
  }

  /** A period's start or end. */
  static Instant periodPart(JsonNode node, String field, String part) {
    JsonNode period = node.get(field);
    return period == null ? null : instant(period, part);
  }
}
