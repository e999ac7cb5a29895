package org.medtwin.generator.source.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medtwin.generator.demographics.Address;
import org.medtwin.generator.demographics.Identity;

class PatientResourceTest {

  private static final String SYNTHEA_PATIENT = """
      {"resourceType":"Patient","id":"p1",
       "name":[{"use":"official","family":"McGlynn","given":["Ciera","Arletha"],"prefix":["Mrs."]},
               {"use":"maiden","family":"Boyle","given":["Ciera"]}],
       "telecom":[{"system":"phone","value":"555-875-2901","use":"home"}],
       "gender":"female","birthDate":"1962-06-27",
       "address":[{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/geolocation",
          "extension":[{"url":"latitude","valueDecimal":42.13253967463435},{"url":"longitude","valueDecimal":-70.72014561632173}]}],
          "line":["964 Heidenreich Gate Unit 39"],"city":"Marshfield Hills","state":"MA","postalCode":"02051","country":"US"}]}
      """;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void read_takesOfficialNameFirstGivenBirthDateSexAddressAndPhone() throws Exception {
    Identity identity = PatientResource.read(json.readTree(SYNTHEA_PATIENT));

    assertThat(identity).isEqualTo(new Identity("Ciera", "McGlynn", LocalDate.of(1962, 6, 27), "F",
        new Address("964 Heidenreich Gate Unit 39", "Marshfield Hills", "MA", "02051", "42.13253967463435",
            "-70.72014561632173"), "555-875-2901"));
  }

  @Test
  void apply_writesTheCopy_keepsGenderAndOtherNames() throws Exception {
    ObjectNode patient = (ObjectNode) json.readTree(SYNTHEA_PATIENT);
    Identity truth = PatientResource.read(patient);
    Identity copy = truth.withGiven("Cierra").withFamily("Smith").withBirthDate(LocalDate.of(1962, 6, 27))
        .withAddress(new Address("1 Main Street", "Boston", "MA", "02127", "42.3", "-71.0"))
        .withPhone("(555) 875-2901");

    PatientResource.apply(patient, truth, copy);

    assertThat(PatientResource.read(patient)).isEqualTo(copy);
    assertThat(patient.at("/name/0/given/1").asText()).isEqualTo("Arletha");
    assertThat(patient.at("/name/1/family").asText()).isEqualTo("Boyle");
    assertThat(patient.path("gender").asText()).isEqualTo("female");
  }

  @Test
  void apply_removesMissingFields() throws Exception {
    ObjectNode patient = (ObjectNode) json.readTree(SYNTHEA_PATIENT);
    Identity truth = PatientResource.read(patient);

    PatientResource.apply(patient, truth, truth.withBirthDate(null).withAddress(null).withPhone(null));

    assertThat(patient.has("birthDate")).isFalse();
    assertThat(patient.has("address")).isFalse();
    assertThat(patient.has("telecom")).isFalse();
  }

  @Test
  void create_writesAMinimalPatientForNdjson() throws Exception {
    Identity copy = new Identity("Bill", "Kunde", LocalDate.of(1970, 9, 3), "M", null, "5551234567");

    assertThat(json.writeValueAsString(PatientResource.create("id-1", copy))).isEqualTo(
        "{\"resourceType\":\"Patient\",\"id\":\"id-1\",\"name\":[{\"use\":\"official\",\"family\":\"Kunde\","
            + "\"given\":[\"Bill\"]}],\"telecom\":[{\"system\":\"phone\",\"value\":\"5551234567\",\"use\":\"home\"}],"
            + "\"gender\":\"male\",\"birthDate\":\"1970-09-03\"}");
  }
}
