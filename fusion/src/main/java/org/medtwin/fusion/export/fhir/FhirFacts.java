package org.medtwin.fusion.export.fhir;

import static org.medtwin.fusion.export.fhir.FhirJson.concept;
import static org.medtwin.fusion.export.fhir.FhirJson.list;
import static org.medtwin.fusion.export.fhir.FhirJson.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.FactKind;
import org.medtwin.fusion.export.FactRow;
import org.medtwin.fusion.standardize.UcumUnits;

/**
 * Turns one fact row of the store into its FHIR R4 resource. One class for all twelve kinds on
 * purpose: they share the reference, date and status rules, and each mapping is a short method.
 * A row that cannot become a valid resource (a status R4 has no code for and no "unknown") is
 * refused with the reason, never written half-valid.
 */
final class FhirFacts {

  private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  private static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
  private static final String ALLERGY_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
  private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
  private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  private static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

  private final Disclosure disclosure;
  private final UcumUnits ucum;
  private final ObjectMapper json = new ObjectMapper();

  FhirFacts(Disclosure disclosure, UcumUnits ucum) {
    this.disclosure = disclosure;
    this.ucum = ucum;
  }

  /** The FHIR resource type a kind of fact becomes. */
  static String resourceType(FactKind kind) {
    switch (kind) {
      case CLINICAL_NOTE:
        return "DocumentReference";
      default:
        return kind.recordType();
    }
  }

  /** The id a fact goes out under. */
  String id(FactRow row) {
    return FhirJson.factId(resourceType(row.kind()), row.source(),
        disclosure.recordId(row.personId(), row.source(), row.id()));
  }

  /**
   * The resource for the row.
   *
   * @throws Refused when the row cannot become a valid resource
   */
  ObjectNode resource(FactRow row, String patientId) throws Refused {
    ObjectNode resource = FhirJson.resource(resourceType(row.kind()), id(row));
    switch (row.kind()) {
      case ENCOUNTER -> encounter(row, resource, patientId);
      case CONDITION -> condition(row, resource, patientId);
      case OBSERVATION -> observation(row, resource, patientId);
      case MEDICATION_REQUEST -> medicationRequest(row, resource, patientId);
      case MEDICATION_ADMINISTRATION -> medicationAdministration(row, resource, patientId);
      case PROCEDURE -> procedure(row, resource, patientId);
      case IMMUNIZATION -> immunization(row, resource, patientId);
      case ALLERGY -> allergy(row, resource, patientId);
      case IMAGING_STUDY -> imagingStudy(row, resource, patientId);
      case CLINICAL_NOTE -> note(row, resource, patientId);
      case DEVICE -> device(row, resource, patientId);
      case CARE_PLAN -> carePlan(row, resource, patientId);
      default -> throw new IllegalStateException("No FHIR mapping for " + row.kind());
    }
    return resource;
  }

  private void encounter(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("planned", "arrived", "triaged", "in-progress", "onleave",
        "finished", "cancelled", "entered-in-error", "unknown"), "unknown"));
    r.set("class", encounterClass(row.text("encounter_class")));
    put(r, "type", list(conceptOf(row, "type_system", "type_code", "type_display")));
    r.set("subject", FhirJson.reference("Patient", patient));
    put(r, "period", period(row, "start_time", "end_time"));
    put(r, "reasonCode", list(conceptOf(row, "reason_system", "reason_code", "reason_display")));
  }

  private void condition(FactRow row, ObjectNode r, String patient) {
    String clinical = lower(row.text("clinical_status"));
    Instant abatement = time(row, "abatement");
    if (clinical != null && Set.of("active", "recurrence", "relapse", "inactive", "remission", "resolved").contains(clinical)
        && (abatement == null || Set.of("inactive", "remission", "resolved").contains(clinical))) {
      r.set("clinicalStatus", concept(CONDITION_CLINICAL, clinical, null));
    } else if (abatement != null) {
      // con-4: an abated condition's status must say so; the abatement date is the source's word for it.
      r.set("clinicalStatus", concept(CONDITION_CLINICAL, "resolved", null));
    }
    r.set("code", codeOf(row, "code_system", "code", "code_display"));
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "onsetDateTime", time(row, "onset"));
    put(r, "abatementDateTime", abatement);
  }

  private void observation(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("registered", "preliminary", "final", "amended", "corrected",
        "cancelled", "entered-in-error", "unknown"), "unknown"));
    String category = lower(row.text("category"));
    if (category != null) {
      boolean known = Set.of("social-history", "vital-signs", "imaging", "laboratory", "procedure", "survey", "exam",
          "therapy", "activity").contains(category);
      r.set("category", list(known ? concept(OBSERVATION_CATEGORY, category, null) : FhirJson.text(category)));
    }
    ObjectNode code = codeOf(row, "code_system", "code", "code_display");
    String sourceCode = row.text("source_code");
    if (sourceCode != null && row.text("source_code_system") != null && !sourceCode.equals(row.text("code"))) {
      // The site's own code stays beside the standard one it was mapped to.
      ((ArrayNode) code.get("coding")).add(FhirJson.coding(row.text("source_code_system"), sourceCode, null));
    }
    r.set("code", code);
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "effectiveDateTime", time(row, "effective"));
    observationValue(row, r);
    referenceRange(row, r);
    String interpretation = row.text("interpretation");
    if (interpretation != null) {
      r.set("interpretation", list(FhirJson.text(interpretation)));
    }
    components(row, r);
  }

  private void observationValue(FactRow row, ObjectNode r) {
    String type = row.text("value_type");
    if ("numeric".equals(type) && row.decimal("value_decimal") != null) {
      r.set("valueQuantity", quantity(row.decimal("value_decimal"), row.text("unit")));
    } else if ("coded".equals(type) && row.text("value_code") != null) {
      r.set("valueCodeableConcept", codeOf(row, "value_code_system", "value_code", "value_text"));
    } else if (row.text("value_text") != null) {
      r.put("valueString", disclosure.text(row.personId(), row.text("value_text")));
    }
  }

  private void referenceRange(FactRow row, ObjectNode r) {
    Double low = row.number("ref_low");
    Double high = row.number("ref_high");
    String text = row.text("ref_text");
    if (low == null && high == null && text == null) {
      return;
    }
    ObjectNode range = FhirJson.object();
    String unit = row.text("unit");
    if (low != null) {
      range.set("low", quantity(BigDecimal.valueOf(low), unit));
    }
    if (high != null) {
      range.set("high", quantity(BigDecimal.valueOf(high), unit));
    }
    put(range, "text", text);
    r.set("referenceRange", list(range));
  }

  private void components(FactRow row, ObjectNode r) {
    String components = row.text("components_json");
    if (components == null) {
      return;
    }
    ArrayNode out = FhirJson.array();
    for (JsonNode component : readArray(row, components)) {
      JsonNode code = component.path("code");
      if (code.path("code").isMissingNode() || code.path("system").isMissingNode()) {
        continue;
      }
      ObjectNode c = FhirJson.object();
      c.set("code", concept(code.path("system").asText(), code.path("code").asText(), textOrNull(code.path("display"))));
      JsonNode value = component.path("value");
      if (value.has("quantity")) {
        JsonNode q = value.path("quantity");
        c.set("valueQuantity", quantity(q.path("value").decimalValue(), textOrNull(q.path("unit"))));
      } else if (value.has("coding")) {
        JsonNode v = value.path("coding");
        c.set("valueCodeableConcept", concept(v.path("system").asText(), v.path("code").asText(), textOrNull(v.path("display"))));
      } else if (value.has("text")) {
        c.put("valueString", disclosure.text(row.personId(), value.path("text").asText()));
      }
      out.add(c);
    }
    put(r, "component", out);
  }

  private void medicationRequest(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("active", "on-hold", "cancelled", "completed", "entered-in-error",
        "stopped", "draft", "unknown"), "unknown"));
    String intent = lower(row.text("intent"));
    r.put("intent", intent != null && Set.of("proposal", "plan", "order", "original-order", "reflex-order",
        "filler-order", "instance-order", "option").contains(intent) ? intent : "order");
    r.set("medicationCodeableConcept", codeOf(row, "medication_system", "medication_code", "medication_display"));
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "authoredOn", time(row, "authored_on"));
    put(r, "reasonCode", list(conceptOf(row, "reason_system", "reason_code", "reason_display")));
    String dosage = row.text("dosage_text");
    if (dosage != null) {
      r.set("dosageInstruction", list(FhirJson.text(disclosure.text(row.personId(), dosage))));
    }
  }

  private void medicationAdministration(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("in-progress", "not-done", "on-hold", "completed",
        "entered-in-error", "stopped", "unknown"), "unknown"));
    r.set("medicationCodeableConcept", codeOf(row, "medication_system", "medication_code", "medication_display"));
    r.set("subject", FhirJson.reference("Patient", patient));
    if (row.text("encounter_id") != null) {
      r.set("context", encounterRef(row));
    }
    put(r, "effectiveDateTime", time(row, "effective"));
    ObjectNode dosage = FhirJson.object();
    put(dosage, "route", conceptOf(row, "route_system", "route_code", "route_display"));
    BigDecimal dose = row.decimal("dose_value");
    if (dose != null) {
      dosage.set("dose", quantity(dose, row.text("dose_unit")));
    }
    if (!dosage.isEmpty()) {
      r.set("dosage", dosage);
    }
  }

  private void procedure(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("preparation", "in-progress", "not-done", "on-hold", "stopped",
        "completed", "entered-in-error", "unknown"), "unknown"));
    r.set("code", codeOf(row, "code_system", "code", "code_display"));
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "performedPeriod", period(row, "start_time", "end_time"));
    put(r, "reasonCode", list(conceptOf(row, "reason_system", "reason_code", "reason_display")));
  }

  private void immunization(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("completed", "entered-in-error", "not-done"), null));
    r.set("vaccineCode", codeOf(row, "vaccine_system", "vaccine_code", "vaccine_display"));
    r.set("patient", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "occurrenceDateTime", time(row, "occurrence"));
  }

  private void allergy(FactRow row, ObjectNode r, String patient) {
    String verification = lower(row.text("verification_status"));
    boolean knownVerification = verification != null
        && Set.of("unconfirmed", "confirmed", "refuted", "entered-in-error").contains(verification);
    String clinical = lower(row.text("clinical_status"));
    if (clinical != null && Set.of("active", "inactive", "resolved").contains(clinical)
        && !"entered-in-error".equals(verification)) {
      r.set("clinicalStatus", concept(ALLERGY_CLINICAL, clinical, null));
    }
    if (knownVerification && (r.has("clinicalStatus") || "entered-in-error".equals(verification))) {
      // ait-1: a verification status other than entered-in-error needs a clinical status beside it.
      r.set("verificationStatus", concept(ALLERGY_VERIFICATION, verification, null));
    }
    putCode(r, "type", row.text("allergy_type"), Set.of("allergy", "intolerance"));
    String category = lower(row.text("category"));
    if (category != null && Set.of("food", "medication", "environment", "biologic").contains(category)) {
      r.putArray("category").add(category);
    }
    putCode(r, "criticality", row.text("criticality"), Set.of("low", "high", "unable-to-assess"));
    r.set("code", codeOf(row, "code_system", "code", "code_display"));
    r.set("patient", FhirJson.reference("Patient", patient));
    put(r, "recordedDate", time(row, "recorded"));
    ArrayNode manifestations = FhirJson.array();
    for (JsonNode reaction : readArray(row, row.text("reactions_json"))) {
      if (reaction.hasNonNull("system") && reaction.hasNonNull("code")) {
        manifestations.add(concept(reaction.get("system").asText(), reaction.get("code").asText(),
            textOrNull(reaction.path("display"))));
      }
    }
    if (!manifestations.isEmpty()) {
      ObjectNode reaction = FhirJson.object();
      reaction.set("manifestation", manifestations);
      r.set("reaction", list(reaction));
    }
  }

  private void imagingStudy(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("registered", "available", "cancelled", "entered-in-error",
        "unknown"), "unknown"));
    String uid = row.text("study_uid");
    if (uid != null && disclosure.identifying()) {
      ObjectNode identifier = FhirJson.object();
      identifier.put("system", "urn:dicom:uid");
      identifier.put("value", uid.startsWith("urn:oid:") ? uid : "urn:oid:" + uid);
      r.set("identifier", list(identifier));
    }
    ArrayNode modalities = FhirJson.array();
    for (JsonNode modality : readArray(row, row.text("modalities_json"))) {
      if (modality.hasNonNull("code")) {
        modalities.add(FhirJson.coding(textOrNull(modality.path("system")), modality.get("code").asText(),
            textOrNull(modality.path("display"))));
      }
    }
    put(r, "modality", modalities);
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "started", time(row, "started"));
    put(r, "numberOfSeries", row.integer("number_of_series"));
    put(r, "numberOfInstances", row.integer("number_of_instances"));
    put(r, "procedureCode", list(conceptOf(row, "procedure_system", "procedure_code", "procedure_display")));
  }

  private void note(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("current", "superseded", "entered-in-error"), "current"));
    put(r, "type", conceptOf(row, "type_system", "type_code", "type_display"));
    r.set("subject", FhirJson.reference("Patient", patient));
    put(r, "date", time(row, "note_date"));
    ObjectNode attachment = FhirJson.object();
    attachment.put("contentType", row.text("content_type") == null ? "text/plain" : row.text("content_type"));
    String text = disclosure.text(row.personId(), row.text("note_text") == null ? "" : row.text("note_text"));
    attachment.put("data", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    ObjectNode content = FhirJson.object();
    content.set("attachment", attachment);
    r.set("content", list(content));
    if (row.text("encounter_id") != null) {
      ObjectNode context = FhirJson.object();
      context.set("encounter", list(encounterRef(row)));
      r.set("context", context);
    }
  }

  private void device(FactRow row, ObjectNode r, String patient) {
    String status = lower(row.text("status"));
    if (status != null && Set.of("active", "inactive", "entered-in-error", "unknown").contains(status)) {
      r.put("status", status);
    }
    String udi = row.text("udi");
    if (udi != null && disclosure.identifying()) {
      ObjectNode carrier = FhirJson.object();
      carrier.put("carrierHRF", udi);
      r.set("udiCarrier", list(carrier));
    }
    r.set("type", codeOf(row, "type_system", "type_code", "type_display"));
    r.set("patient", FhirJson.reference("Patient", patient));
  }

  private void carePlan(FactRow row, ObjectNode r, String patient) throws Refused {
    r.put("status", status(row, "status", Set.of("draft", "active", "on-hold", "revoked", "completed",
        "entered-in-error", "unknown"), "unknown"));
    r.put("intent", "plan");
    put(r, "category", list(conceptOf(row, "category_system", "category_code", "category_display")));
    r.set("subject", FhirJson.reference("Patient", patient));
    encounterReference(row, r);
    put(r, "period", period(row, "start_time", "end_time"));
    ArrayNode activities = FhirJson.array();
    for (JsonNode activity : readArray(row, row.text("activities_json"))) {
      if (activity.hasNonNull("system") && activity.hasNonNull("code")) {
        ObjectNode detail = FhirJson.object();
        detail.set("code", concept(activity.get("system").asText(), activity.get("code").asText(),
            textOrNull(activity.path("display"))));
        // The source gives no activity status; R4 requires one, and "unknown" says exactly that.
        detail.put("status", "unknown");
        ObjectNode a = FhirJson.object();
        a.set("detail", detail);
        activities.add(a);
      }
    }
    put(r, "activity", activities);
    put(r, "addresses", FhirJson.array());
  }

  private ObjectNode encounterClass(String value) {
    String code = value == null ? null : switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "amb", "ambulatory", "outpatient", "wellness", "urgentcare", "urgent care" -> "AMB";
      case "emer", "emergency" -> "EMER";
      case "imp", "inpatient" -> "IMP";
      case "hh", "home", "home health" -> "HH";
      case "vr", "virtual", "telehealth" -> "VR";
      case "obsenc", "observation" -> "OBSENC";
      case "ss", "short stay" -> "SS";
      default -> null;
    };
    // Encounter.class is required: a class the source did not give (or we cannot name) is UNK.
    return code == null ? FhirJson.coding(NULL_FLAVOR, "UNK", "unknown") : FhirJson.coding(ACT_CODE, code, null);
  }

  private ObjectNode quantity(BigDecimal value, String unit) {
    ObjectNode q = FhirJson.object();
    q.put("value", value);
    if (unit != null) {
      q.put("unit", unit);
      if (ucum.isValid(unit)) {
        q.put("system", CodeSystem.UCUM);
        q.put("code", unit);
      }
    }
    return q;
  }

  private ObjectNode period(FactRow row, String start, String end) {
    Instant from = time(row, start);
    Instant to = time(row, end);
    if (from == null && to == null) {
      return null;
    }
    ObjectNode period = FhirJson.object();
    put(period, "start", from);
    if (to != null && (from == null || !to.isBefore(from))) {
      put(period, "end", to);
    }
    return period;
  }

  private Instant time(FactRow row, String column) {
    Instant value = row.instant(column);
    return value == null ? null : disclosure.instant(row.personId(), value);
  }

  private void encounterReference(FactRow row, ObjectNode r) {
    if (row.text("encounter_id") != null) {
      r.set("encounter", encounterRef(row));
    }
  }

  private ObjectNode encounterRef(FactRow row) {
    return FhirJson.reference("Encounter", FhirJson.factId("Encounter", row.source(),
        disclosure.recordId(row.personId(), row.source(), row.text("encounter_id"))));
  }

  private static ObjectNode conceptOf(FactRow row, String system, String code, String display) {
    return FhirJson.concept(row.text(system), row.text(code), row.text(display));
  }

  /** A required code: the row's coding, or the text alone when the row has none. */
  private static ObjectNode codeOf(FactRow row, String system, String code, String display) {
    ObjectNode concept = conceptOf(row, system, code, display);
    return concept != null ? concept : FhirJson.text(row.text(display) == null ? "unknown" : row.text(display));
  }

  private static String status(FactRow row, String column, Set<String> allowed, String fallback) throws Refused {
    String status = lower(row.text(column));
    if (status != null && allowed.contains(status)) {
      return status;
    }
    if (fallback != null) {
      return fallback;
    }
    throw new Refused(row.kind().recordType() + " status '" + status + "' is not one of R4's " + allowed);
  }

  private static void putCode(ObjectNode r, String field, String value, Set<String> allowed) {
    String code = lower(value);
    if (code != null && allowed.contains(code)) {
      r.put(field, code);
    }
  }

  private Iterable<JsonNode> readArray(FactRow row, String text) {
    if (text == null) {
      return java.util.List.of();
    }
    try {
      JsonNode node = json.readTree(text);
      return node.isArray() ? node : java.util.List.of();
    } catch (java.io.IOException e) {
      return java.util.List.of();
    }
  }

  private static String lower(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  /** Why a row cannot become a valid resource. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }
}
