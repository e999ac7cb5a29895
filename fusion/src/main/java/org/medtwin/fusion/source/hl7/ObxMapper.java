package org.medtwin.fusion.source.hl7;

import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.model.Varies;
import ca.uhn.hl7v2.model.v25.datatype.CE;
import ca.uhn.hl7v2.model.v25.segment.OBR;
import ca.uhn.hl7v2.model.v25.segment.OBX;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;
import org.medtwin.store.ingest.UnmappedCode;

/**
 * Maps one OBX segment (with the OBR it belongs to) to a laboratory {@link Observation}; codes in
 * the lab's local system go through the site's concept map.
 */
final class ObxMapper {

  private final String source;
  private final LocalCodeStandardizer standardizer;
  private final Hl7Time time;

  ObxMapper(String source, LocalCodeStandardizer standardizer, Hl7Time time) {
    this.source = source;
    this.standardizer = standardizer;
    this.time = time;
  }

  /** One observation and, when its local code has no translation, the unmapped code. */
  record Result(Observation observation, Optional<UnmappedCode> unmapped) {}

  /**
   * Maps the OBX.
   *
   * @param segment the OBX's 1-based position in the message, for reasons
   * @param index the OBX's 1-based position among the message's OBX segments, when OBX-1 is blank
   */
  Result map(OBX obx, OBR obr, String controlId, String patientId, int segment, int index) {
    String setId = PidMapper.text(obx.getSetIDOBX().getValue());
    String id = controlId + "-" + (setId != null ? setId : String.valueOf(index));
    Coding code = code(obx.getObservationIdentifier(), segment);
    String unit = PidMapper.text(obx.getUnits().getIdentifier().getValue());
    ObservationValue value = value(obx, unit, segment);
    LocalCodeStandardizer.Result standard = standardizer.standardize(code, value);
    Instant effective = time.instant(obx.getDateTimeOfTheObservation().getTime().getValue(), "OBX-14 of segment " + segment);
    if (effective == null && obr != null) {
      effective = time.instant(obr.getObservationDateTime().getTime().getValue(), "OBR-7");
    }
    String interpretation =
        obx.getAbnormalFlagsReps() == 0 ? null : PidMapper.text(obx.getAbnormalFlags(0).getValue());
    Observation observation =
        new Observation(
            id,
            patientId,
            null,
            status(obx.getObservationResultStatus().getValue()),
            "laboratory",
            standard.code(),
            effective,
            standard.value(),
            standard.sourceValue(),
            standard.sourceCode(),
            Hl7ReferenceRange.parse(obx.getReferencesRange().getValue(), unit),
            interpretation,
            List.of(),
            Provenance.fromSource(source, id));
    return new Result(observation, standard.unmapped());
  }

  private Coding code(CE ce, int segment) {
    String code = PidMapper.text(ce.getIdentifier().getValue());
    if (code == null) {
      throw new MessageRejectedException(
          "OBX-3 of segment " + segment + " has no code, so the result cannot be named.");
    }
    return new Coding(system(ce.getNameOfCodingSystem().getValue()), code, ce.getText().getValue());
  }

  /** LN and other table-0396 names become URIs; blank, {@code L} and {@code 99xxx} are the lab's own. */
  private String system(String name) {
    String trimmed = PidMapper.text(name);
    if (trimmed == null || trimmed.equals("L") || trimmed.startsWith("99")) {
      return standardizer.localCodeSystem();
    }
    return CodeSystem.canonical(trimmed);
  }

  private ObservationValue value(OBX obx, String unit, int segment) {
    if (obx.getObx5_ObservationValueReps() == 0) {
      return null;
    }
    Type data = obx.getObx5_ObservationValue(0).getData();
    String type = PidMapper.text(obx.getValueType().getValue());
    String text = component(data, 0);
    if (text == null) {
      return null;
    }
    String kind = type == null ? "ST" : type.toUpperCase(Locale.ROOT);
    return switch (kind) {
      case "NM" -> {
        try {
          yield new ObservationValue.Numeric(new Quantity(new BigDecimal(text.trim()), unit));
        } catch (NumberFormatException e) {
          throw new MessageRejectedException(
              "OBX-5 of segment " + segment + " is '" + text + "' but OBX-2 says NM (numeric).");
        }
      }
      case "CE", "CWE", "CNE" ->
          new ObservationValue.Coded(
              new Coding(system(component(data, 2)), text, component(data, 1)));
      default -> new ObservationValue.Text(text);
    };
  }

  /** The n-th component of a field's value as text, whatever type HAPI gave it. */
  private static String component(Type type, int n) {
    Type data = type instanceof Varies varies ? varies.getData() : type;
    if (data instanceof Primitive primitive) {
      return n == 0 ? PidMapper.text(primitive.getValue()) : null;
    }
    if (data instanceof Composite composite) {
      Type[] components = composite.getComponents();
      return n < components.length ? component(components[n], 0) : null;
    }
    return null;
  }

  /** HL7 table 0085 result status to FHIR observation status. */
  private static String status(String code) {
    String trimmed = PidMapper.text(code);
    if (trimmed == null) {
      return "unknown";
    }
    return switch (trimmed.toUpperCase(Locale.ROOT)) {
      case "F" -> "final";
      case "P", "R", "S" -> "preliminary";
      case "C" -> "corrected";
      case "X" -> "cancelled";
      case "D", "W" -> "entered-in-error";
      case "I", "O" -> "registered";
      default -> "unknown";
    };
  }
}
