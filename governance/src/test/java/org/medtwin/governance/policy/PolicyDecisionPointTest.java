package org.medtwin.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyDecisionPointTest {

  private final InMemoryFacts facts =
      new InMemoryFacts()
          .user(new UserAccount("dr-lee", "Dr Lee", Set.of(Role.CLINICIAN), null, true))
          .user(new UserAccount("gone", null, Set.of(Role.CLINICIAN), null, false))
          .careTeam("dr-lee", "p1")
          .careTeam("gone", "p1");
  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint(PolicyRules.standard(), facts);

  @Test
  void deniesAnUnknownUser_sayingHowToAddThem() {
    Decision decision = pdp.decide(read("nobody", Role.CLINICIAN));

    assertThat(decision.denied()).isTrue();
    assertThat(decision.reasonCodes()).isEqualTo("unknown-user");
    assertThat(decision.explanation()).contains("medtwin access user add");
  }

  @Test
  void deniesADeactivatedUser_evenOnTheirCareTeam() {
    assertThat(pdp.decide(read("gone", Role.CLINICIAN)).reasonCodes()).isEqualTo("inactive-user");
  }

  @Test
  void deniesARoleTheUserDoesNotHold_namingTheRolesTheyHold() {
    Decision decision = pdp.decide(read("dr-lee", Role.DATA_STEWARD));

    assertThat(decision.reasonCodes()).isEqualTo("role-not-held");
    assertThat(decision.explanation()).contains("data_steward").contains("they hold clinician");
  }

  @Test
  void deniesAClinicianOutsideTheCareTeam_pointingToBreakGlass() {
    Decision decision =
        pdp.decide(AccessRequest.of("dr-lee", Role.CLINICIAN, PurposeOfUse.TREATMENT,
            AccessAction.READ, "p2"));

    assertThat(decision.reasonCodes()).isEqualTo("not-on-care-team");
    assertThat(decision.explanation()).contains("p2").contains("break-glass");
  }

  @Test
  void treatsABlankBreakGlassReasonAsNone() {
    AccessRequest request =
        AccessRequest.of("dr-lee", Role.CLINICIAN, PurposeOfUse.EMERGENCY, AccessAction.READ,
            "p2").withBreakGlassReason("   ");

    assertThat(pdp.decide(request).reasonCodes()).isEqualTo("break-glass-reason-missing");
  }

  private static AccessRequest read(String user, Role role) {
    return AccessRequest.of(user, role, PurposeOfUse.TREATMENT, AccessAction.READ, "p1");
  }
}
