package org.medtwin.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.governance.audit.AuditEntry;
import org.medtwin.governance.audit.AuditTrail;
import org.medtwin.governance.directory.Actor;
import org.medtwin.governance.directory.BreakGlassLog;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.policy.AccessAction;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Consent;
import org.medtwin.governance.policy.Decision;
import org.medtwin.governance.policy.PurposeOfUse;
import org.medtwin.governance.policy.Role;
import org.medtwin.governance.policy.UserAccount;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

/** The door on a real store: directory, decisions, audit entries and break-glass together. */
class GovernedAccessIT {

  private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN);

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void breakGlassIsAlwaysAudited_andAPermitWaitsForReview(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      GovernedAccess access = setUp(store);
      AccessRequest emergency =
          AccessRequest.of("nurse-kim", Role.NURSE, PurposeOfUse.EMERGENCY, AccessAction.READ, "p-2");

      Decision withoutReason = access.authorize(emergency, "chart");
      Decision withReason =
          access.authorize(emergency.withBreakGlassReason("collapsed in the corridor"), "chart");

      assertThat(withoutReason.denied()).isTrue();
      assertThat(withReason.permitted()).isTrue();
      List<AuditEntry> entries = access.audit().forPatient("p-2");
      assertThat(entries).extracting(e -> e.event().outcome()).containsExactly("deny", "permit");
      assertThat(entries).extracting(e -> e.event().reasons())
          .containsExactly("break-glass-reason-missing", "break-glass");
      List<BreakGlassLog.BreakGlassEvent> waiting = access.breakGlass().awaitingReview();
      assertThat(waiting).singleElement().satisfies(event -> {
        assertThat(event.reason()).isEqualTo("collapsed in the corridor");
        assertThat(event.auditSequence()).isEqualTo(entries.get(1).sequence());
      });
      assertThat(access.breakGlass().review(waiting.get(0).eventId(), "steward-1", "justified"))
          .isTrue();
      assertThat(access.breakGlass().awaitingReview()).isEmpty();
      // The reason, free text, stays out of the hash chain.
      assertThat(entries.toString()).doesNotContain("corridor");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void decidesFromTheDirectoryInTheStore(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      GovernedAccess access = setUp(store);

      Decision own = access.authorize(read("dr-lee", Role.CLINICIAN, "p-1"), "chart");
      Decision other = access.authorize(read("dr-lee", Role.CLINICIAN, "p-2"), "chart");
      Decision research = access.authorize(AccessRequest.of("res-1", Role.RESEARCHER,
          PurposeOfUse.RESEARCH, AccessAction.EXPORT, "p-1"), "export:omop");
      Decision patient = access.authorize(read("pat-1", Role.PATIENT, "p-1"), "chart");

      assertThat(own.permitted()).isTrue();
      assertThat(own.withheldSections()).containsExactly("mental_health");
      assertThat(other.reasonCodes()).isEqualTo("not-on-care-team");
      assertThat(research.reasonCodes()).isEqualTo("research-opt-out");
      assertThat(patient.permitted()).isTrue();
      assertThat(patient.withheldSections()).isEmpty();
      assertThat(access.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void auditsEveryChangeToTheDirectory_andAnswersWhatItHolds(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      GovernedAccess access = setUp(store);
      GovernanceDirectory directory = directory(store);

      assertThat(directory.careTeams()).containsEntry("ward-3", "Ward 3");
      assertThat(directory.members("ward-3")).containsExactly("dr-lee");
      assertThat(directory.patients("ward-3")).containsExactly("p-1");
      assertThat(directory.users()).extracting(UserAccount::userId)
          .containsExactly("dr-lee", "nurse-kim", "pat-1", "res-1");
      assertThat(access.audit().latest(100)).extracting(e -> e.event().action()).containsOnly("change");
      assertThat(access.audit().forPatient("p-1")).extracting(e -> e.event().what())
          .containsExactly("care-team-patient:ward-3", "consent");
      assertThat(directory.setActive(ADMIN, "dr-lee", false)).isTrue();
      assertThat(access.authorize(read("dr-lee", Role.CLINICIAN, "p-1"), "chart").reasonCodes())
          .isEqualTo("inactive-user");
      assertThat(directory.removeMember(ADMIN, "ward-3", "dr-lee")).isTrue();
      assertThatThrownBy(() -> directory.addMember(ADMIN, "ward-9", "dr-lee"))
          .hasMessageContaining("no care team 'ward-9'");
      assertThatThrownBy(() -> directory.addMember(ADMIN, "ward-3", "ghost"))
          .hasMessageContaining("no user 'ghost'");
      assertThatThrownBy(() -> directory.putUser(ADMIN,
          new UserAccount("pat-2", null, Set.of(Role.PATIENT), null, true)))
          .hasMessageContaining("names no patient");
    }
  }

  private static GovernedAccess setUp(PatientStore store) {
    GovernanceDirectory directory = directory(store);
    directory.putUser(ADMIN, new UserAccount("dr-lee", "Dr Lee", Set.of(Role.CLINICIAN), null, true));
    directory.putUser(ADMIN, new UserAccount("nurse-kim", null, Set.of(Role.NURSE), null, true));
    directory.putUser(ADMIN, new UserAccount("res-1", null, Set.of(Role.RESEARCHER), null, true));
    directory.putUser(ADMIN, new UserAccount("pat-1", null, Set.of(Role.PATIENT), "p-1", true));
    directory.putCareTeam(ADMIN, "ward-3", "Ward 3");
    directory.addMember(ADMIN, "ward-3", "dr-lee");
    directory.addPatient(ADMIN, "ward-3", "p-1");
    directory.setConsent(ADMIN, new Consent("p-1", true,
        Map.of("mental_health", EnumSet.of(Role.CLINICIAN, Role.NURSE))));
    return GovernedAccess.open(store.connection(), null, Clock.systemUTC());
  }

  private static GovernanceDirectory directory(PatientStore store) {
    return new GovernanceDirectory(store.connection(),
        new AuditTrail(store.connection(), null, Clock.systemUTC()), Clock.systemUTC());
  }

  private static AccessRequest read(String user, Role role, String patient) {
    return AccessRequest.of(user, role, PurposeOfUse.TREATMENT, AccessAction.READ, patient);
  }
}
