package org.medtwin.generator.source.hl7;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;

/**
 * Builds the laboratory's HL7 v2.5 messages in ER7: {@code ADT^A04} registrations and {@code ORU^R01} results.
 *
 * @param ranges the laboratory's normal ranges for OBX-7 and OBX-8
 */
public record LabMessages(ReferenceRanges ranges) {

  private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /**
   * A patient registration: MSH, EVN, PID, PV1.
   *
   * @param controlId MSH-10, unique in the network
   * @param time message time as HL7 DTM ({@code yyyyMMddHHmmss}), taken from the data
   * @param labId the laboratory's patient id, e.g. {@code L00000042}
   * @param patient the laboratory's (noisy) copy of the patient's demographics
   * @return the message, segments ending in {@code \r}
   */
  public String registration(String controlId, String time, String labId, Identity patient) {
    return header(controlId, time, "ADT^A04^ADT_A01")
        + Er7.segment("EVN", "A04", time)
        + pid(labId, patient)
        + Er7.segment("PV1", "1", "O");
  }

  /**
   * A result report for one collection time: MSH, PID, OBR, then one OBX per result.
   *
   * @param controlId MSH-10, unique in the network
   * @param time observation time as HL7 DTM
   * @param labId the laboratory's patient id
   * @param patient the laboratory's copy of the patient's demographics
   * @param results the results taken at that time
   * @return the message, segments ending in {@code \r}
   */
  public String results(String controlId, String time, String labId, Identity patient, List<LabResult> results) {
    StringBuilder message = new StringBuilder(256 + 128 * results.size());
    message.append(header(controlId, time, "ORU^R01^ORU_R01"));
    message.append(pid(labId, patient));
    message.append(Er7.segment("OBR", "1", "", controlId, "11502-2^Laboratory report^LN", "", "", time));
    int setId = 1;
    for (LabResult result : results) {
      message.append(obx(setId++, time, result));
    }
    return message.toString();
  }

  private String obx(int setId, String time, LabResult result) {
    BigDecimal number = result.numeric() ? parse(result.value()) : null;
    String range = "";
    String flag = "";
    if (number != null) {
      Optional<ReferenceRange> normal = ranges.of(result.loinc(), result.unit());
      if (normal.isPresent()) {
        range = normal.get().text();
        flag = normal.get().flag(number);
      }
    }
    return Er7.segment(
        "OBX",
        Integer.toString(setId),
        number != null ? "NM" : "ST",
        Er7.escape(result.loinc()) + "^" + Er7.escape(result.display()) + "^LN",
        "",
        Er7.escape(result.value()),
        result.unit().isEmpty() ? "" : Er7.escape(result.unit()) + "^^UCUM",
        range,
        flag,
        "",
        "",
        "F",
        "",
        "",
        time);
  }

  private static String header(String controlId, String time, String type) {
    return Er7.segment(
        "MSH", "^~\\&", "MEDTWIN-LAB", "LAB", "MEDTWIN", "MEDTWIN", time, "", type, controlId, "P", "2.5");
  }

  private static String pid(String labId, Identity patient) {
    Address address = patient.address();
    String addressField = address == null
        ? ""
        : Er7.escape(address.line()) + "^^" + Er7.escape(address.city()) + "^" + Er7.escape(address.state())
            + "^" + Er7.escape(address.zip());
    return Er7.segment(
        "PID",
        "1",
        "",
        labId + "^^^LAB^MR",
        "",
        Er7.escape(patient.family()) + "^" + Er7.escape(patient.given()),
        "",
        patient.birthDate() == null ? "" : BIRTH_DATE.format(patient.birthDate()),
        patient.sex(),
        "",
        "",
        addressField,
        "",
        Er7.escape(patient.phone()));
  }

  private static BigDecimal parse(String value) {
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
