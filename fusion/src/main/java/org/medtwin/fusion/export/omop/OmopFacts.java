package org.medtwin.fusion.export.omop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.FactRow;

/**
 * Turns one fact row of the store into its OMOP CDM 5.4 rows, following OHDSI's conventions:
 * conditions to CONDITION_OCCURRENCE; medication requests, administrations and immunizations to
 * DRUG_EXPOSURE; procedures and imaging studies to PROCEDURE_OCCURRENCE; numeric, laboratory and
 * vital-sign observations (and each component of a panel) to MEASUREMENT, other observations,
 * allergies and care plans to OBSERVATION; notes to NOTE; devices to DEVICE_EXPOSURE. Every
 * clinical concept id is 0 with the source code in its {@code *_source_value} (no Athena
 * vocabulary ships); the type concept is 32817 (EHR). A row without the date its table requires
 * is refused with the reason.
 */
final class OmopFacts {

  private static final Set<String> MEASUREMENT_CATEGORIES = Set.of("laboratory", "vital-signs");

  private final Disclosure disclosure;
  private final ObjectMapper json = new ObjectMapper();

  OmopFacts(Disclosure disclosure) {
    this.disclosure = disclosure;
  }

  /** The visit row of an encounter (its id is set by the caller, who needs it for the facts). */
  OmopRow visit(FactRow row, int personId) throws Refused {
    LocalDateTime start = required(row, "start_time", "visit_start_date");
    LocalDateTime end = time(row, "end_time");
    if (end == null || end.isBefore(start)) {
      end = start;
    }
    return OmopRow.of("visit_occurrence").set("person_id", personId)
        .set("visit_concept_id", visitConcept(row.text("encounter_class")))
        .set("visit_start_date", start.toLocalDate()).set("visit_start_datetime", start)
        .set("visit_end_date", end.toLocalDate()).set("visit_end_datetime", end)
        .set("visit_type_concept_id", OmopConcepts.EHR)
        .set("visit_source_value", row.text("encounter_class"))
        .set("visit_source_concept_id", OmopConcepts.NO_MATCH);
  }

  /**
   * The rows of a fact other than an encounter.
   *
   * @throws Refused when the table's required date is missing
   */
  List<OmopRow> rows(FactRow row, int personId, Integer visitId) throws Refused {
    switch (row.kind()) {
      case CONDITION:
        return List.of(condition(row, personId, visitId));
      case MEDICATION_REQUEST:
        return List.of(drug(row, personId, visitId, "authored_on", "medication_code").set("sig", textOf(row, "dosage_text")));
      case MEDICATION_ADMINISTRATION:
        return List.of(drug(row, personId, visitId, "effective", "medication_code")
            .set("quantity", row.decimal("dose_value")).set("route_source_value", row.text("route_code"))
            .set("dose_unit_source_value", row.text("dose_unit")));
      case IMMUNIZATION:
        return List.of(drug(row, personId, visitId, "occurrence", "vaccine_code"));
      case PROCEDURE:
        return List.of(procedure(row, personId, visitId, "start_time", "end_time", row.text("code")));
      case IMAGING_STUDY:
        return List.of(procedure(row, personId, visitId, "started", null,
            row.text("procedure_code") != null ? row.text("procedure_code") : modalities(row)));
      case OBSERVATION:
        return observation(row, personId, visitId);
      case ALLERGY:
        return List.of(observationRow(row, personId, visitId, "recorded", row.text("code"))
            .set("value_as_string", row.text("clinical_status"))
            .set("qualifier_source_value", row.text("criticality")));
      case CARE_PLAN:
        return List.of(observationRow(row, personId, visitId, "start_time", row.text("category_code"))
            .set("value_as_string", row.text("status")));
      case CLINICAL_NOTE:
        return List.of(note(row, personId, visitId));
      case DEVICE:
        return List.of(device(row, personId, visitId));
      default:
        throw new IllegalStateException("No OMOP mapping for " + row.kind());
    }
  }

  private OmopRow condition(FactRow row, int personId, Integer visitId) throws Refused {
    LocalDateTime start = required(row, "onset", "condition_start_date");
    LocalDateTime end = time(row, "abatement");
    return OmopRow.of("condition_occurrence").set("person_id", personId)
        .set("condition_concept_id", OmopConcepts.NO_MATCH)
        .set("condition_start_date", start.toLocalDate()).set("condition_start_datetime", start)
        .set("condition_end_date", end == null ? null : end.toLocalDate()).set("condition_end_datetime", end)
        .set("condition_type_concept_id", OmopConcepts.EHR)
        .set("condition_status_source_value", row.text("clinical_status"))
        .set("visit_occurrence_id", visitId)
        .set("condition_source_value", row.text("code"))
        .set("condition_source_concept_id", OmopConcepts.NO_MATCH);
  }

  private OmopRow drug(FactRow row, int personId, Integer visitId, String timeColumn, String codeColumn)
      throws Refused {
    LocalDateTime start = required(row, timeColumn, "drug_exposure_start_date");
    return OmopRow.of("drug_exposure").set("person_id", personId)
        .set("drug_concept_id", OmopConcepts.NO_MATCH)
        .set("drug_exposure_start_date", start.toLocalDate()).set("drug_exposure_start_datetime", start)
        // The source gives no end; OHDSI's convention for a single event is end = start.
        .set("drug_exposure_end_date", start.toLocalDate()).set("drug_exposure_end_datetime", start)
        .set("drug_type_concept_id", OmopConcepts.EHR)
        .set("visit_occurrence_id", visitId)
        .set("drug_source_value", row.text(codeColumn))
        .set("drug_source_concept_id", OmopConcepts.NO_MATCH);
  }

  private OmopRow procedure(FactRow row, int personId, Integer visitId, String timeColumn, String endColumn,
      String code) throws Refused {
    LocalDateTime start = required(row, timeColumn, "procedure_date");
    LocalDateTime end = endColumn == null ? null : time(row, endColumn);
    return OmopRow.of("procedure_occurrence").set("person_id", personId)
        .set("procedure_concept_id", OmopConcepts.NO_MATCH)
        .set("procedure_date", start.toLocalDate()).set("procedure_datetime", start)
        .set("procedure_end_date", end == null ? null : end.toLocalDate()).set("procedure_end_datetime", end)
        .set("procedure_type_concept_id", OmopConcepts.EHR)
        .set("visit_occurrence_id", visitId)
        .set("procedure_source_value", code)
        .set("procedure_source_concept_id", OmopConcepts.NO_MATCH);
  }

  private List<OmopRow> observation(FactRow row, int personId, Integer visitId) throws Refused {
    List<OmopRow> rows = new ArrayList<>();
    String type = row.text("value_type");
    boolean numeric = "numeric".equals(type) && row.decimal("value_decimal") != null;
    boolean hasValue = numeric || row.text("value_code") != null || row.text("value_text") != null;
    String category = row.text("category") == null ? "" : row.text("category").toLowerCase(Locale.ROOT);
    if (hasValue || row.text("components_json") == null) {
      if (numeric || MEASUREMENT_CATEGORIES.contains(category)) {
        rows.add(measurement(row, personId, visitId, row.text("code"), numeric ? row.decimal("value_decimal") : null,
            row.text("unit"), valueSource(row)).set("range_low", row.number("ref_low"))
            .set("range_high", row.number("ref_high")));
      } else {
        rows.add(observationRow(row, personId, visitId, "effective", row.text("code"))
            .set("value_as_string", textValue(row)).set("value_source_value", row.text("value_code")));
      }
    }
    for (JsonNode component : components(row)) {
      JsonNode quantity = component.path("value").path("quantity");
      BigDecimal value = quantity.path("value").isNumber() ? quantity.path("value").decimalValue() : null;
      String unit = quantity.path("unit").isTextual() ? quantity.path("unit").asText() : null;
      JsonNode coding = component.path("value").path("coding");
      String valueSource = value != null ? value.toPlainString() + (unit == null ? "" : " " + unit)
          : coding.path("code").isTextual() ? coding.path("code").asText() : null;
      rows.add(measurement(row, personId, visitId, component.path("code").path("code").asText(null), value, unit,
          valueSource));
    }
    return rows;
  }

  private OmopRow measurement(FactRow row, int personId, Integer visitId, String code, BigDecimal value, String unit,
      String valueSource) throws Refused {
    LocalDateTime time = required(row, "effective", "measurement_date");
    return OmopRow.of("measurement").set("person_id", personId)
        .set("measurement_concept_id", OmopConcepts.NO_MATCH)
        .set("measurement_date", time.toLocalDate()).set("measurement_datetime", time)
        .set("measurement_type_concept_id", OmopConcepts.EHR)
        .set("value_as_number", value)
        .set("value_as_concept_id", value == null && valueSource != null ? OmopConcepts.NO_MATCH : null)
        .set("unit_concept_id", unit == null ? null : OmopConcepts.NO_MATCH)
        .set("visit_occurrence_id", visitId)
        .set("measurement_source_value", code)
        .set("measurement_source_concept_id", OmopConcepts.NO_MATCH)
        .set("unit_source_value", unit)
        .set("unit_source_concept_id", unit == null ? null : OmopConcepts.NO_MATCH)
        .set("value_source_value", valueSource);
  }

  private OmopRow observationRow(FactRow row, int personId, Integer visitId, String timeColumn, String code)
      throws Refused {
    LocalDateTime time = required(row, timeColumn, "observation_date");
    return OmopRow.of("observation").set("person_id", personId)
        .set("observation_concept_id", OmopConcepts.NO_MATCH)
        .set("observation_date", time.toLocalDate()).set("observation_datetime", time)
        .set("observation_type_concept_id", OmopConcepts.EHR)
        .set("visit_occurrence_id", visitId)
        .set("observation_source_value", code)
        .set("observation_source_concept_id", OmopConcepts.NO_MATCH);
  }

  private OmopRow note(FactRow row, int personId, Integer visitId) throws Refused {
    LocalDateTime time = required(row, "note_date", "note_date");
    String text = row.text("note_text") == null ? "" : row.text("note_text");
    return OmopRow.of("note").set("person_id", personId)
        .set("note_date", time.toLocalDate()).set("note_datetime", time)
        .set("note_type_concept_id", OmopConcepts.EHR)
        .set("note_class_concept_id", OmopConcepts.NO_MATCH)
        .set("note_title", row.text("type_display"))
        .set("note_text", disclosure.text(row.personId(), text))
        .set("encoding_concept_id", OmopConcepts.NO_MATCH)
        .set("language_concept_id", OmopConcepts.NO_MATCH)
        .set("visit_occurrence_id", visitId)
        .set("note_source_value", row.text("type_code"));
  }

  private OmopRow device(FactRow row, int personId, Integer visitId) throws Refused {
    LocalDateTime start = required(row, "start_time", "device_exposure_start_date");
    LocalDateTime end = time(row, "end_time");
    return OmopRow.of("device_exposure").set("person_id", personId)
        .set("device_concept_id", OmopConcepts.NO_MATCH)
        .set("device_exposure_start_date", start.toLocalDate()).set("device_exposure_start_datetime", start)
        .set("device_exposure_end_date", end == null ? null : end.toLocalDate()).set("device_exposure_end_datetime", end)
        .set("device_type_concept_id", OmopConcepts.EHR)
        .set("unique_device_id", disclosure.identifying() ? row.text("udi") : null)
        .set("visit_occurrence_id", visitId)
        .set("device_source_value", row.text("type_code"))
        .set("device_source_concept_id", OmopConcepts.NO_MATCH);
  }

  /** The OMOP visit concept of an encounter class (HL7 v3 ActCode or Synthea's words). */
  static int visitConcept(String encounterClass) {
    if (encounterClass == null) {
      return OmopConcepts.NO_MATCH;
    }
    switch (encounterClass.trim().toLowerCase(Locale.ROOT)) {
      case "imp":
      case "inpatient":
      case "acute":
        return OmopConcepts.INPATIENT_VISIT;
      case "emer":
      case "emergency":
        return OmopConcepts.EMERGENCY_VISIT;
      case "amb":
      case "ambulatory":
      case "outpatient":
      case "wellness":
      case "urgentcare":
        return OmopConcepts.OUTPATIENT_VISIT;
      default:
        return OmopConcepts.NO_MATCH;
    }
  }

  /**
   * The value as the source sent it (the original before unit conversion, else the stored one),
   * scrubbed: a text answer may be something a person wrote.
   */
  private String valueSource(FactRow row) {
    String value;
    if (row.text("source_value") != null) {
      value = row.text("source_value");
    } else if (row.text("value_decimal") != null) {
      value = row.text("value_decimal") + (row.text("unit") == null ? "" : " " + row.text("unit"));
    } else {
      value = row.text("value_code") != null ? row.text("value_code") : row.text("value_text");
    }
    return value == null ? null : disclosure.text(row.personId(), value);
  }

  private String textOf(FactRow row, String column) {
    String text = row.text(column);
    return text == null ? null : disclosure.text(row.personId(), text);
  }

  private String textValue(FactRow row) {
    String text = row.text("value_text");
    return text == null ? null : disclosure.text(row.personId(), text);
  }

  private String modalities(FactRow row) {
    List<String> codes = new ArrayList<>();
    for (JsonNode modality : array(row.text("modalities_json"))) {
      if (modality.hasNonNull("code")) {
        codes.add(modality.get("code").asText());
      }
    }
    return codes.isEmpty() ? null : String.join(" ", codes);
  }

  private Iterable<JsonNode> components(FactRow row) {
    return array(row.text("components_json"));
  }

  private Iterable<JsonNode> array(String text) {
    if (text == null) {
      return List.of();
    }
    try {
      JsonNode node = json.readTree(text);
      return node.isArray() ? node : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private LocalDateTime time(FactRow row, String column) {
    Instant instant = row.instant(column);
    return instant == null ? null
        : LocalDateTime.ofInstant(disclosure.instant(row.personId(), instant), ZoneOffset.UTC);
  }

  private LocalDateTime required(FactRow row, String column, String omopColumn) throws Refused {
    LocalDateTime time = time(row, column);
    if (time == null) {
      throw new Refused("no " + column + " (OMOP " + omopColumn + " is required)");
    }
    return time;
  }

  /** Why a fact cannot become OMOP rows. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }
}
