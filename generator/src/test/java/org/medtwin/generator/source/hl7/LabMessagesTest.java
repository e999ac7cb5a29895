package org.medtwin.generator.source.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;

class LabMessagesTest {

  private static final Identity PATIENT = new Identity("Ann|e", "O'Hara^Smith", LocalDate.of(1980, 1, 2), "F",
      new Address("12 Kunde Road", "Boston", "MA", "02127", "", ""), "(555) 123-4567");

  private final LabMessages messages = new LabMessages(ReferenceRanges.load());

  @Test
  void escape_replacesEveryDelimiter() {
    assertThat(Er7.escape("a|b^c~d\\e&f")).isEqualTo("a\\F\\b\\S\\c\\R\\d\\E\\e\\T\\f");
    assertThat(Er7.escape(null)).isEmpty();
  }

  @Test
  void registration_parsesWithHapi_andKeepsEscapedNames() throws Exception {
    String text = messages.registration("LAB1", "20200101120000", "L00000042", PATIENT);

    try (HapiContext context = new DefaultHapiContext()) {
      Terser terser = new Terser(context.getPipeParser().parse(text));
      assertThat(terser.get("/MSH-9-1") + "^" + terser.get("/MSH-9-2")).isEqualTo("ADT^A04");
      assertThat(terser.get("/MSH-10")).isEqualTo("LAB1");
      assertThat(terser.get("/PID-3-1")).isEqualTo("L00000042");
      assertThat(terser.get("/PID-3-4")).isEqualTo("LAB");
      assertThat(terser.get("/PID-3-5")).isEqualTo("MR");
      assertThat(terser.get("/PID-5-1")).isEqualTo("O'Hara^Smith");
      assertThat(terser.get("/PID-5-2")).isEqualTo("Ann|e");
      assertThat(terser.get("/PID-7")).isEqualTo("19800102");
      assertThat(terser.get("/PID-11-3")).isEqualTo("Boston");
      assertThat(terser.get("/PID-13")).isEqualTo("(555) 123-4567");
    }
  }

  @Test
  void results_flagHighAndNormalFromTheRange_andSendTextAsSt() throws Exception {
    String text = messages.results("LAB2", "20200101120000", "L00000042", PATIENT, List.of(
        new LabResult("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "126.4", "mg/dL", true),
        new LabResult("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "140.0", "mmol/L", true),
        new LabResult("5778-6", "Color of Urine", "Yellow", "{nominal}", false)));

    try (HapiContext context = new DefaultHapiContext()) {
      Message message = context.getPipeParser().parse(text);
      Terser terser = new Terser(message);
      assertThat(terser.get("/.OBSERVATION(0)/OBX-2")).isEqualTo("NM");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-3-1")).isEqualTo("2345-7");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-5")).isEqualTo("126.4");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-6-1")).isEqualTo("mg/dL");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-6-3")).isEqualTo("UCUM");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-7")).isEqualTo("70-99");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-8")).isEqualTo("H");
      assertThat(terser.get("/.OBSERVATION(0)/OBX-14")).isEqualTo("20200101120000");
      assertThat(terser.get("/.OBSERVATION(1)/OBX-8")).isEqualTo("N");
      assertThat(terser.get("/.OBSERVATION(2)/OBX-2")).isEqualTo("ST");
      assertThat(terser.get("/.OBSERVATION(2)/OBX-7")).isNull();
    }
    assertThat(text).endsWith("\r").doesNotContain("\n");
  }
}
