package org.medtwin.store.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;
import org.medtwin.core.coding.Coding;
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
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationAdministration;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Procedure;

/**
 * Turns a clinical record into its fact-table row, with a content hash (128-bit MurmurHash3) over
 * everything but the run id, so that a re-read of the same fact is recognised as unchanged.
 */
public final class FactRows {

  private static final int RUN_ID_COLUMN = 4;
  private static final int HASH_COLUMN = 5;

  private final ObjectMapper json = new ObjectMapper();
  private final StringBuilder text = new StringBuilder(1024);

  /**
   * The row for a record, in the column order of {@link FactTables#of(ClinicalRecord)}.
   *
   * @param runId the ingest run that stores it
   */
  public Object[] row(ClinicalRecord record, String runId) {
    RowValues values =
        new RowValues()
            .text(record.provenance().sourceSystem())
            .text(record.id())
            .text(record.patientId())
            .text(record.provenance().sourceRecordId())
            .text(null)
            .text(null);
    specific(record, values);
    Object[] row = values.toArray();
    row[HASH_COLUMN] = hash(row);
    row[RUN_ID_COLUMN] = runId;
    return row;
  }

  private void specific(ClinicalRecord record, RowValues v) {
    if (record instanceof Patient p) {
      patient(p, v);
    } else if (record instanceof Encounter e) {
      v.text(e.status()).text(e.encounterClass()).coding(e.type()).time(e.start()).time(e.end())
          .coding(e.reason());
    } else if (record instanceof Condition c) {
      v.text(c.encounterId()).coding(c.code()).text(c.clinicalStatus()).time(c.onset())
          .time(c.abatement());
    } else if (record instanceof Observation o) {
      observation(o, v);
    } else if (record instanceof MedicationRequest m) {
      v.text(m.encounterId()).text(m.status()).text(m.intent()).coding(m.medication())
          .time(m.authoredOn()).text(m.dosageText()).coding(m.reason());
    } else if (record instanceof MedicationAdministration m) {
      v.text(m.encounterId()).text(m.status()).coding(m.medication()).time(m.effective())
          .text(m.dose() == null ? null : m.dose().value().toPlainString())
          .text(m.dose() == null ? null : m.dose().unit()).coding(m.route());
    } else if (record instanceof Procedure p) {
      v.text(p.encounterId()).text(p.status()).coding(p.code()).time(p.start()).time(p.end())
          .coding(p.reason());
    } else if (record instanceof Immunization i) {
      v.text(i.encounterId()).text(i.status()).coding(i.vaccine()).time(i.occurrence());
    } else if (record instanceof AllergyIntolerance a) {
      v.coding(a.code()).text(a.clinicalStatus()).text(a.verificationStatus()).text(a.type())
          .text(a.category()).text(a.criticality()).time(a.recorded()).text(toJson(a.reactions()));
    } else if (record instanceof ImagingStudy i) {
      v.text(i.encounterId()).text(i.studyUid()).text(i.status()).time(i.started())
          .text(toJson(i.modalities())).coding(i.bodySite()).coding(i.procedure())
          .integer(i.numberOfSeries()).integer(i.numberOfInstances());
    } else if (record instanceof ClinicalNote n) {
      v.text(n.encounterId()).text(n.status()).coding(n.type()).time(n.date())
          .text(n.contentType()).text(n.text());
    } else if (record instanceof Device d) {
      v.coding(d.type()).text(d.status()).text(d.udi()).time(d.start()).time(d.end());
    } else if (record instanceof CarePlan c) {
      v.text(c.encounterId()).text(c.status()).coding(c.category()).time(c.start()).time(c.end())
          .text(toJson(c.activities())).coding(c.reason());
    } else {
      throw new IllegalArgumentException("No row mapping for " + record.getClass().getName());
    }
  }

  private void patient(Patient p, RowValues v) {
    HumanName name = p.names().isEmpty() ? null : p.names().get(0);
    Address address = p.addresses().isEmpty() ? null : p.addresses().get(0);
    ContactPoint phone =
        p.telecom().stream().filter(t -> "phone".equals(t.system())).findFirst().orElse(null);
    v.text(name == null ? null : name.family())
        .text(name == null ? null : String.join(" ", name.given()))
        .date(p.birthDate())
        .text(p.sex().fhirCode())
        .text(address == null ? null : String.join(", ", address.lines()))
        .text(address == null ? null : address.city())
        .text(address == null ? null : address.state())
        .text(address == null ? null : address.postalCode())
        .text(address == null ? null : address.country())
        .text(phone == null ? null : phone.value())
        .time(p.deceased())
        .text(toJson(p.identifiers()))
        .text(toJson(p.names()))
        .text(toJson(p.addresses()))
        .text(toJson(p.telecom()));
  }

  private void observation(Observation o, RowValues v) {
    v.text(o.encounterId()).text(o.status()).text(o.category()).coding(o.code()).time(o.effective());
    value(o.value(), v);
    Coding sourceCode = o.sourceCode();
    v.text(sourceCode == null ? null : sourceCode.system())
        .text(sourceCode == null ? null : sourceCode.code())
        .text(describe(o.sourceValue()));
    ReferenceRange range = o.referenceRange();
    v.number(range == null || range.low() == null ? null : range.low().doubleValue())
        .number(range == null || range.high() == null ? null : range.high().doubleValue())
        .text(range == null ? null : range.text())
        .text(o.interpretation())
        .text(o.components().isEmpty() ? null : toJson(o.components()));
  }

  private static void value(ObservationValue value, RowValues v) {
    if (value instanceof ObservationValue.Numeric n) {
      Quantity q = n.quantity();
      v.text("numeric").number(q.doubleValue()).text(q.value().toPlainString()).text(q.unit())
          .text(null).text(null).text(null);
    } else if (value instanceof ObservationValue.Coded c) {
      v.text("coded").number(null).text(null).text(null).text(c.coding().system())
          .text(c.coding().code()).text(c.coding().display());
    } else if (value instanceof ObservationValue.Text t) {
      v.text("text").number(null).text(null).text(null).text(null).text(null).text(t.text());
    } else {
      v.text(null).number(null).text(null).text(null).text(null).text(null).text(null);
    }
  }

  private static String describe(ObservationValue value) {
    if (value instanceof ObservationValue.Numeric n) {
      Quantity q = n.quantity();
      return q.value().toPlainString() + (q.unit() == null ? "" : " " + q.unit());
    } else if (value instanceof ObservationValue.Coded c) {
      return c.coding().token();
    } else if (value instanceof ObservationValue.Text t) {
      return t.text();
    }
    return null;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A model value could not be written as JSON: " + e.getMessage(), e);
    }
  }

  private String hash(Object[] row) {
    text.setLength(0);
    for (int i = 0; i < row.length; i++) {
      if (i == RUN_ID_COLUMN || i == HASH_COLUMN) {
        continue;
      }
      Object value = row[i];
      // Separators that cannot occur in the text keep ("ab","c") apart from ("a","bc") and null
      // apart from "".
      if (value == null) {
        text.append('\u0000');
      } else {
        text.append(value).append('\u0001');
      }
    }
    return textHash(text.toString());
  }

  /** The 128-bit MurmurHash3 of a text's UTF-8 bytes, in hex: the store's content hash. */
  public static String textHash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return bytesHash(bytes, 0, bytes.length);
  }

  /** The 128-bit MurmurHash3 of a slice of bytes, in hex: the one content hash of MedTwin. */
  public static String bytesHash(byte[] bytes, int offset, int length) {
    long[] hash = MurmurHash3.hash128x64(bytes, offset, length, 0);
    return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
  }
}
