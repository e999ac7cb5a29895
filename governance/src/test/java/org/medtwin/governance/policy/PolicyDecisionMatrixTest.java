package org.medtwin.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role x purpose x action x relationship x consent state x break-glass reason, each against
 * the decision written out in {@code expected-decisions.csv} (1,344 cases).
 */
class PolicyDecisionMatrixTest {

  private static final String PATIENT = "patient-42";
  private static final PolicyRules RULES = PolicyRules.standard();

  record Case(
      String role, String purpose, String action, String relationship, String consent,
      String breakGlass, String decision, String reason, String obligations, String withheld) {
    @Override
    public String toString() {
      return String.join(" ", role, purpose, action, relationship, consent,
          "reason:" + breakGlass);
    }
  }

  static Stream<Case> cases() throws IOException {
    try (InputStream in =
        PolicyDecisionMatrixTest.class.getResourceAsStream("expected-decisions.csv")) {
      List<Case> cases = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.startsWith("#") || line.startsWith("role,") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        cases.add(new Case(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9].strip()));
      }
      return cases.stream();
    }
  }

  @Test
  void theMatrixCoversEveryCombination() throws IOException {
    assertThat(cases().count()).isEqualTo(7L * 4 * 2 * 3 * 4 * 2);
    assertThat(cases().map(Case::toString).distinct().count()).isEqualTo(cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesAsTheMatrixSays(Case c) {
    Role role = Role.parse(c.role());
    String user = "u-" + c.role();
    InMemoryFacts facts =
        new InMemoryFacts()
            .user(new UserAccount(user, null, Set.of(role),
                c.relationship().equals("self") ? PATIENT : "patient-other", true));
    if (c.relationship().equals("care_team")) {
      facts.careTeam(user, PATIENT);
    }
    facts.consent(consent(c.consent(), role));
    AccessRequest request =
        new AccessRequest(user, role, PurposeOfUse.parse(c.purpose()),
            AccessAction.parse(c.action()), PATIENT,
            c.breakGlass().equals("yes") ? "unconscious in the emergency department" : null);

    Decision decision = new PolicyDecisionPoint(RULES, facts).decide(request);

    assertThat(decision.permitted() ? "permit" : "deny").isEqualTo(c.decision());
    assertThat(decision.reasons().get(0).code()).isEqualTo(c.reason());
    assertThat(decision.obligations().stream().map(Obligation::code).collect(Collectors.toSet()))
        .isEqualTo(Set.of(c.obligations().split(" ")));
    assertThat(decision.withheldSections())
        .isEqualTo(c.withheld().isEmpty() ? new TreeSet<>() : new TreeSet<>(List.of(c.withheld())));
    assertThat(decision.explanation()).isNotBlank();
  }

  private static Consent consent(String state, Role requester) {
    switch (state) {
      case "research_opt_out":
        return new Consent(PATIENT, true, Map.of());
      case "withhold_mental_health_from_role":
        return new Consent(PATIENT, false, Map.of("mental_health", EnumSet.of(requester)));
      case "withhold_mental_health_from_other_role":
        Role other = Arrays.stream(Role.values()).filter(r -> r != requester).findFirst()
            .orElseThrow();
        return new Consent(PATIENT, false, Map.of("mental_health", EnumSet.of(other)));
      default:
        return Consent.none(PATIENT);
    }
  }
}
