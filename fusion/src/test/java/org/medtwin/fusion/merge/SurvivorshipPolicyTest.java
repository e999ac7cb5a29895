package org.medtwin.fusion.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SurvivorshipPolicyTest {

  private static final String FIELDS =
      "\"name\":{\"rules\":[\"completeness\"]},\"birthDate\":{\"rules\":[\"frequency\",\"trust\"],\"conflict\":true},"
          + "\"sex\":{\"rules\":[\"trust\"]},\"address\":{\"rules\":[\"recency\"]},\"phone\":{\"rules\":[\"recency\"]},"
          + "\"deceased\":{\"rules\":[\"trust\"]}";

  private static SurvivorshipPolicy parse(String json) {
    return SurvivorshipFile.parse(json.getBytes(StandardCharsets.UTF_8), "site.json");
  }

  private static String file(String version, String trust, String fields, String facts) {
    return "{\"version\":" + version + ",\"trustOrder\":" + trust + ",\"fields\":{" + fields + "},\"facts\":" + facts + "}";
  }

  private static final String FACTS = "{\"timeTolerance\":\"PT2M\",\"relativeValueTolerance\":0.01}";

  @Test
  void aValidFile_loadsEveryFieldWithItsRulesInOrder() {
    SurvivorshipPolicy policy = parse(file("1", "[\"lab\",\"hospital-a\"]", FIELDS, FACTS));

    assertThat(policy.trustOrder()).containsExactly("lab", "hospital-a");
    assertThat(policy.field(PatientField.BIRTH_DATE).rules()).extracting(SurvivorshipRule::name)
        .containsExactly("frequency", "trust");
    assertThat(policy.field(PatientField.BIRTH_DATE).flagDisagreement()).isTrue();
    assertThat(policy.field(PatientField.NAME).flagDisagreement()).isFalse();
    assertThat(policy.facts()).isEqualTo(new FactMatching(Duration.ofMinutes(2), 0.01));
  }

  @Test
  void theBundledFile_isValid() {
    assertThat(SurvivorshipPolicy.bundled().fields()).hasSize(PatientField.values().length);
  }

  @Test
  void anUnknownRule_namesTheFileEntryAndTheAllowedRules() {
    String fields = FIELDS.replace("[\"recency\"]},\"phone\"", "[\"newest\"]},\"phone\"");
    assertThatThrownBy(() -> parse(file("1", "[\"lab\"]", fields, FACTS)))
        .hasMessage("Survivorship file site.json: fields.address.rules[0] is \"newest\"; allowed:"
            + " [trust, recency, frequency, completeness].");
  }

  @Test
  void anUnknownField_andAMissingField_areNamed() {
    assertThatThrownBy(() -> parse(file("1", "[\"lab\"]", FIELDS + ",\"ssn\":{\"rules\":[\"trust\"]}", FACTS)))
        .hasMessageContaining("fields.ssn is not a golden field; allowed: [name, birthDate, sex, address, phone, deceased]");
    String noSex = FIELDS.replace("\"sex\":{\"rules\":[\"trust\"]},", "");
    assertThatThrownBy(() -> parse(file("1", "[\"lab\"]", noSex, FACTS)))
        .hasMessageContaining("fields.sex is missing");
  }

  @Test
  void aWrongVersion_badTolerancesAndBadJson_areRejectedWithTheEntry() {
    assertThatThrownBy(() -> parse(file("2", "[\"lab\"]", FIELDS, FACTS)))
        .hasMessage("Survivorship file site.json: version is 2 but this MedTwin reads version 1.");
    assertThatThrownBy(() -> parse(file("1", "[\"lab\"]", FIELDS, "{\"timeTolerance\":\"5 minutes\",\"relativeValueTolerance\":0.01}")))
        .hasMessageContaining("facts.timeTolerance must be an ISO-8601 duration");
    assertThatThrownBy(() -> parse(file("1", "[\"lab\"]", FIELDS, "{\"timeTolerance\":\"PT1M\",\"relativeValueTolerance\":1.5}")))
        .hasMessageContaining("facts.relativeValueTolerance must be a number in [0, 1)");
    assertThatThrownBy(() -> parse(file("1", "[\"lab\",\"lab\"]", FIELDS, FACTS)))
        .hasMessageContaining("trustOrder[1] must be a source name listed once");
    assertThatThrownBy(() -> parse("{\"version\": 1,"))
        .hasMessageStartingWith("site.json is not valid JSON");
  }
}
