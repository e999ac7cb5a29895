package org.medtwin.fusion.source.fhir;

import static org.medtwin.fusion.source.fhir.FhirJson.coding;
import static org.medtwin.fusion.source.fhir.FhirJson.codings;
import static org.medtwin.fusion.source.fhir.FhirJson.conceptCode;
import static org.medtwin.fusion.source.fhir.FhirJson.date;
import static org.medtwin.fusion.source.fhir.FhirJson.instant;
import static org.medtwin.fusion.source.fhir.FhirJson.periodPart;
import static org.medtwin.fusion.source.fhir.FhirJson.quantity;
import static org.medtwin.fusion.source.fhir.FhirJson.referenceId;
import static org.medtwin.fusion.source.fhir.FhirJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.quantity.ReferenceRange;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.CarePlan;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.Device;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationAdministration;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationComponent;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Procedure;
import org.medtwin.core.record.Sex;

/**
 * Maps one FHIR R4 resource, as a JSON tree, to the clinical model; returns {@code null} for
 * resource types the model does not cover, which the reader then keeps raw.
 *
 * <p>The mapping reads only what the model holds; the raw resource stays in the source for what
 * it does not. Required fields missing in the resource surface as {@link
 * IllegalArgumentException}s naming the field.
 */
final class FhirResourceMapper {

  private final String source;

  FhirResourceMapper(String source) {
    this.source = source;
  }

  /** The model record for a resource, or {@code null} when the model does not cover its type. */
  ClinicalRecord map(String type, String id, JsonNode r) {
    Provenance provenance = Provenance.fromSource(source, type + "/" + id);
    return switch (type) {
      case "Patient" -> patient(id, r, provenance);
      case "Encounter" -> encounter(id, r, provenance);
      case "Condition" -> condition(id, r, provenance);
      case "Observation" -> observation(id, r, provenance);
      case "MedicationRequest" -> medicationRequest(id, r, provenance);
      case "MedicationAdministration" -> medicationAdministration(id, r, provenance);
      case "Procedure" -> procedure(id, r, provenance);
      case "Immunization" -> immunization(id, r, provenance);
      case "AllergyIntolerance" -> allergy(id, r, provenance);
      case "ImagingStudy" -> imagingStudy(id, r, provenance);
      case "DocumentReference" -> documentNote(id, r, provenance);
      case "DiagnosticReport" -> reportNote(id, r, provenance);
      case "Device" -> device(id, r, provenance);
      case "CarePlan" -> carePlan(id, r, provenance);
      default -> null;
    };
  }

  /** The id of the patient a resource is about, for resources kept raw, or {@code null}. */
  static String patientOf(JsonNode r) {
    String subject = referenceId(r, "subject");
    if (subject == null) {
      subject = referenceId(r, "patient");
    }
    if (subject == null) {
      subject = referenceId(r, "beneficiary");
    }
    return subject;
  }

  private static Patient patient(String id, JsonNode r, Provenance provenance) {
    List<Identifier> identifiers = new ArrayList<>();
    for (JsonNode identifier : r.path("identifier")) {
      String system = text(identifier, "system");
      String value = text(identifier, "value");
      if (value != null) {
        identifiers.add(
            new Identifier(system == null ? "urn:unknown" : system, value, conceptCode(identifier, "type")));
      }
    }
    List<HumanName> names = new ArrayList<>();
    for (JsonNode name : r.path("name")) {
      names.add(
          new HumanName(
              text(name, "use"), text(name, "family"), strings(name.path("given")),
              strings(name.path("prefix"))));
    }
    List<Address> addresses = new ArrayList<>();
    for (JsonNode address : r.path("address")) {
      addresses.add(
          new Address(
              strings(address.path("line")), text(address, "city"), text(address, "state"),
              text(address, "postalCode"), text(address, "country")));
    }
    List<ContactPoint> telecom = new ArrayList<>();
    for (JsonNode contact : r.path("telecom")) {
      String value = text(contact, "value");
      if (value != null) {
        telecom.add(new ContactPoint(text(contact, "system"), value, text(contact, "use")));
      }
    }
    Instant deceased = instant(r, "deceasedDateTime");
    return new Patient(
        id, identifiers, names, date(r, "birthDate"), Sex.fromCode(text(r, "gender")), addresses,
        telecom, deceased, provenance);
  }

  private static Encounter encounter(String id, JsonNode r, Provenance provenance) {
    JsonNode encounterClass = r.get("class");
    return new Encounter(
        id, subject(r, "Encounter", id), text(r, "status"),
        encounterClass == null ? null : text(encounterClass, "code"), coding(r, "type"),
        periodPart(r, "period", "start"), periodPart(r, "period", "end"), coding(r, "reasonCode"),
        provenance);
  }

  private static Condition condition(String id, JsonNode r, Provenance provenance) {
    return new Condition(
        id, subject(r, "Condition", id), referenceId(r, "encounter"), coding(r, "code"),
        conceptCode(r, "clinicalStatus"), instant(r, "onsetDateTime"),
        instant(r, "abatementDateTime"), provenance);
  }

  private static Observation observation(String id, JsonNode r, Provenance provenance) {
    List<ObservationComponent> components = new ArrayList<>();
    for (JsonNode component : r.path("component")) {
      Coding code = coding(component, "code");
      if (code == null) {
        throw new IllegalArgumentException("Observation " + id + " has a component without a code.");
      }
      components.add(new ObservationComponent(code, value(component)));
    }
    Instant effective = instant(r, "effectiveDateTime");
    if (effective == null) {
      effective = instant(r, "effectiveInstant");
    }
    if (effective == null) {
      effective = periodPart(r, "effectivePeriod", "start");
    }
    return new Observation(
        id, subject(r, "Observation", id), referenceId(r, "encounter"), text(r, "status"),
        conceptCode(r, "category"), coding(r, "code"), effective, value(r), null, null,
        referenceRange(r), conceptCode(r, "interpretation"), components, provenance);
  }

  private static ObservationValue value(JsonNode r) {
    Quantity quantity = quantity(r.get("valueQuantity"));
    if (quantity != null) {
      return new ObservationValue.Numeric(quantity);
    }
    Coding coded = coding(r, "valueCodeableConcept");
    if (coded != null) {
      return new ObservationValue.Coded(coded);
    }
    String text = text(r, "valueString");
    if (text != null) {
      return new ObservationValue.Text(text);
    }
    JsonNode integer = r.get("valueInteger");
    if (integer != null && integer.isNumber()) {
      return new ObservationValue.Numeric(new Quantity(integer.decimalValue(), "1"));
    }
    JsonNode bool = r.get("valueBoolean");
    if (bool != null && bool.isBoolean()) {
      return new ObservationValue.Text(bool.asText());
    }
    return null;
  }

  private static ReferenceRange referenceRange(JsonNode r) {
    JsonNode ranges = r.get("referenceRange");
    if (ranges == null || !ranges.isArray() || ranges.size() == 0) {
      return null;
    }
    JsonNode range = ranges.get(0);
    Quantity low = quantity(range.get("low"));
    Quantity high = quantity(range.get("high"));
    String text = text(range, "text");
    return low == null && high == null && text == null ? null : new ReferenceRange(low, high, text);
  }

  private static MedicationRequest medicationRequest(String id, JsonNode r, Provenance provenance) {
    JsonNode dosage = r.path("dosageInstruction");
    String dosageText = dosage.isArray() && dosage.size() > 0 ? text(dosage.get(0), "text") : null;
    return new MedicationRequest(
        id, subject(r, "MedicationRequest", id), referenceId(r, "encounter"), text(r, "status"),
        text(r, "intent"), medication(r, "MedicationRequest", id), instant(r, "authoredOn"),
        dosageText, coding(r, "reasonCode"), provenance);
  }

  private static MedicationAdministration medicationAdministration(
      String id, JsonNode r, Provenance provenance) {
    JsonNode dosage = r.path("dosage");
    Instant effective = instant(r, "effectiveDateTime");
    if (effective == null) {
      effective = periodPart(r, "effectivePeriod", "start");
    }
    return new MedicationAdministration(
        id, subject(r, "MedicationAdministration", id), referenceId(r, "context"),
        text(r, "status"), medication(r, "MedicationAdministration", id), effective,
        quantity(dosage.get("dose")), coding(dosage, "route"), provenance);
  }

  private static Coding medication(JsonNode r, String type, String id) {
    Coding medication = coding(r, "medicationCodeableConcept");
    if (medication == null && r.has("medicationReference")) {
      // A reference to a Medication resource carries no code here; keep the reference as a local code.
      String reference = referenceId(r, "medicationReference");
      if (reference != null) {
        return new Coding("urn:medtwin:fhir-medication-reference", reference, null);
      }
    }
    if (medication == null) {
      throw new IllegalArgumentException(type + " " + id + " is missing its required medication code.");
    }
    return medication;
  }

  private static Procedure procedure(String id, JsonNode r, Provenance provenance) {
    Instant start = periodPart(r, "performedPeriod", "start");
    Instant end = periodPart(r, "performedPeriod", "end");
    if (start == null) {
      start = instant(r, "performedDateTime");
    }
    return new Procedure(
        id, subject(r, "Procedure", id), referenceId(r, "encounter"), text(r, "status"),
        coding(r, "code"), start, end, coding(r, "reasonCode"), provenance);
  }

  private static Immunization immunization(String id, JsonNode r, Provenance provenance) {
    return new Immunization(
        id, subject(r, "Immunization", id), referenceId(r, "encounter"), text(r, "status"),
        coding(r, "vaccineCode"), instant(r, "occurrenceDateTime"), provenance);
  }

  private static AllergyIntolerance allergy(String id, JsonNode r, Provenance provenance) {
    List<Coding> reactions = new ArrayList<>();
    for (JsonNode reaction : r.path("reaction")) {
      reactions.addAll(codings(reaction, "manifestation"));
    }
    JsonNode category = r.path("category");
    return new AllergyIntolerance(
        id, subject(r, "AllergyIntolerance", id), coding(r, "code"),
        conceptCode(r, "clinicalStatus"), conceptCode(r, "verificationStatus"), text(r, "type"),
        category.isArray() && category.size() > 0 ? category.get(0).asText() : null,
        text(r, "criticality"), instant(r, "recordedDate"), reactions, provenance);
  }

  private static ImagingStudy imagingStudy(String id, JsonNode r, Provenance provenance) {
    List<Coding> modalities = new ArrayList<>(codings(r, "modality"));
    Coding bodySite = null;
    for (JsonNode series : r.path("series")) {
      Coding modality = coding(series, "modality");
      if (modality != null && !modalities.contains(modality)) {
        modalities.add(modality);
      }
      if (bodySite == null) {
        bodySite = coding(series, "bodySite");
      }
    }
    String uid = null;
    for (JsonNode identifier : r.path("identifier")) {
      String value = text(identifier, "value");
      if (value != null && value.startsWith("urn:oid:")) {
        uid = value.substring("urn:oid:".length());
      }
    }
    return new ImagingStudy(
        id, subject(r, "ImagingStudy", id), referenceId(r, "encounter"), uid, text(r, "status"),
        instant(r, "started"), modalities, bodySite, coding(r, "procedureCode"),
        integer(r, "numberOfSeries"), integer(r, "numberOfInstances"), provenance);
  }

  private static ClinicalNote documentNote(String id, JsonNode r, Provenance provenance) {
    JsonNode attachment = r.path("content").path(0).path("attachment");
    String text = decodedAttachment(attachment, "DocumentReference", id);
    JsonNode context = r.path("context");
    return new ClinicalNote(
        id, subject(r, "DocumentReference", id), referenceId(context, "encounter"),
        text(r, "status"), coding(r, "type"), instant(r, "date"),
        text(attachment, "contentType"), text, provenance);
  }

  /** A diagnostic report with a presented text is a note; one without stays raw. */
  private static ClinicalNote reportNote(String id, JsonNode r, Provenance provenance) {
    JsonNode forms = r.path("presentedForm");
    if (!forms.isArray() || forms.size() == 0) {
      return null;
    }
    JsonNode attachment = forms.get(0);
    return new ClinicalNote(
        id, subject(r, "DiagnosticReport", id), referenceId(r, "encounter"), text(r, "status"),
        coding(r, "code"), instant(r, "effectiveDateTime"), text(attachment, "contentType"),
        decodedAttachment(attachment, "DiagnosticReport", id), provenance);
  }

  private static String decodedAttachment(JsonNode attachment, String type, String id) {
    String data = text(attachment, "data");
    if (data == null) {
      return null;
    }
    try {
      return new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          type + " " + id + " has an attachment whose data is not base64: " + e.getMessage());
    }
  }

  private static Device device(String id, JsonNode r, Provenance provenance) {
    JsonNode udi = r.path("udiCarrier").path(0);
    return new Device(
        id, subject(r, "Device", id), coding(r, "type"), text(r, "status"),
        udi.isMissingNode() ? null : text(udi, "carrierHRF"), instant(r, "manufactureDate"),
        instant(r, "expirationDate"), provenance);
  }

  private static CarePlan carePlan(String id, JsonNode r, Provenance provenance) {
    List<Coding> activities = new ArrayList<>();
    for (JsonNode activity : r.path("activity")) {
      Coding code = coding(activity.path("detail"), "code");
      if (code != null) {
        activities.add(code);
      }
    }
    List<Coding> categories = codings(r, "category");
    return new CarePlan(
        id, subject(r, "CarePlan", id), referenceId(r, "encounter"), text(r, "status"),
        categories.isEmpty() ? null : categories.get(categories.size() - 1),
        periodPart(r, "period", "start"), periodPart(r, "period", "end"), activities,
        null, provenance);
  }

  private static String subject(JsonNode r, String type, String id) {
    String subject = referenceId(r, "subject");
    if (subject == null) {
      subject = referenceId(r, "patient");
    }
    if (subject == null) {
      throw new IllegalArgumentException(type + " " + id + " has no subject: it names no patient.");
    }
    return subject;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (!value.asText().isBlank()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  private static Integer integer(JsonNode r, String field) {
    JsonNode value = r.get(field);
    return value == null || !value.canConvertToInt() ? null : value.intValue();
  }
}
