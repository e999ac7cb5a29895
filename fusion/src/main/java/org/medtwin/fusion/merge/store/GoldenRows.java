package org.medtwin.fusion.merge.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.fusion.merge.Conflict;
import org.medtwin.fusion.merge.ConflictValue;
import org.medtwin.fusion.merge.FieldChoice;
import org.medtwin.fusion.merge.GoldenPatient;
import org.medtwin.fusion.merge.MergedFact;
import org.medtwin.fusion.merge.PatientField;

/** Turns golden records into the rows of migration V3, each stamped with its content hash. */
final class GoldenRows {

  private final ObjectMapper json = new ObjectMapper();
  private final String runId;

  GoldenRows(String runId) {
    this.runId = runId;
  }

  Object[] patient(GoldenPatient patient) {
    List<Object> row = new ArrayList<>();
    row.add(patient.personId());
    HumanName name = patient.name();
    row.add(name == null ? null : name.family());
    row.add(name == null ? null : String.join(" ", name.given()));
    origin(patient, PatientField.NAME, row);
    row.add(patient.birthDate());
    origin(patient, PatientField.BIRTH_DATE, row);
    row.add(patient.sex().fhirCode());
    origin(patient, PatientField.SEX, row);
    Address address = patient.address();
    row.add(address == null ? null : String.join(", ", address.lines()));
    row.add(address == null ? null : address.city());
    row.add(address == null ? null : address.state());
    row.add(address == null ? null : address.postalCode());
    row.add(address == null ? null : address.country());
    origin(patient, PatientField.ADDRESS, row);
    ContactPoint phone = patient.phone();
    row.add(phone == null ? null : phone.value());
    origin(patient, PatientField.PHONE, row);
    Instant deceased = patient.deceased();
    row.add(deceased == null ? null : LocalDateTime.ofInstant(deceased, ZoneOffset.UTC));
    origin(patient, PatientField.DECEASED, row);
    return stamped(row);
  }

  List<Object[]> factSources(String personId, MergedFact fact) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < fact.sourceFacts().size(); i++) {
      var source = fact.sourceFacts().get(i);
      rows.add(stamped(new ArrayList<>(List.of(
          personId, fact.id(), fact.type(), source.provenance().sourceSystem(), source.id(), i == 0))));
    }
    return rows;
  }

  Object[] conflict(Conflict conflict) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (ConflictValue value : conflict.values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", value.value());
      entry.put("reportedBy", value.reportedBy().stream()
          .map(p -> {
            // Insertion order, so the JSON (and its content hash) is the same in every JVM.
            Map<String, String> reporter = new LinkedHashMap<>();
            reporter.put("source", p.sourceSystem());
            reporter.put("record", p.sourceRecordId());
            return reporter;
          })
          .toList());
      values.add(entry);
    }
    try {
      return stamped(new ArrayList<>(java.util.Arrays.asList(
          conflict.personId(), conflict.kind(), conflict.field(), json.writeValueAsString(values),
          conflict.chosen())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write conflict values as JSON: " + e.getMessage(), e);
    }
  }


  private static void origin(GoldenPatient patient, PatientField field, List<Object> row) {
    FieldChoice choice = patient.choice(field);
    row.add(choice == null ? null : choice.from().sourceSystem());
    row.add(choice == null ? null : choice.from().sourceRecordId());
    row.add(choice == null ? null : choice.rule());
  }

  /** Appends the content hash (over every value so far) and the run id. */
  private Object[] stamped(List<Object> row) {
    StringBuilder text = new StringBuilder();
    for (Object value : row) {
      text.append(value == null ? "\u0001" : value.toString()).append('\u0000');
    }
    row.add(sha256(text.toString()));
    row.add(runId);
    return row.toArray();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256.", e);
    }
  }
}
