package org.medtwin.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;

/** {@code medtwin access ...} and {@code medtwin audit ...} on a DuckDB store, as a user runs them. */
class AuditCliIT {

  @TempDir Path tempDir;

  private String store;
  private String keyFile;

  @BeforeEach
  void setUp() throws Exception {
    store = tempDir.resolve("s.duckdb").toString();
    Path key = tempDir.resolve("keys").resolve("audit.key");
    Files.createDirectories(key.getParent());
    Files.writeString(key, "an-audit-key-of-more-than-32-bytes-for-tests");
    keyFile = key.toString();
    ok("access", "user", "add", "dr-lee", "--role", "clinician", "--by", "admin-1");
    ok("access", "user", "add", "pat-1", "--role", "patient", "--patient", "p-1");
    ok("access", "care-team", "add", "ward-3", "--name", "Ward 3");
    ok("access", "care-team", "add-member", "ward-3", "dr-lee");
    ok("access", "care-team", "add-patient", "ward-3", "p-1");
    ok("access", "consent", "set", "p-1", "--research-opt-out", "--withhold",
        "mental_health=clinician,nurse");
  }

  @Test
  void verifiesAnUntouchedTrail_thenNamesTheEditedEntry() throws Exception {
    CliRun intact = run("audit", "verify");
    assertThat(intact.exitCode()).as(intact.err()).isZero();
    assertThat(intact.out()).contains("intact: 6 entries, head signature valid");

    sql("UPDATE gov_audit_entry SET user_id = 'someone-else' WHERE sequence = 3");

    CliRun broken = run("audit", "verify");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at entry 3").contains("edited");
  }

  @Test
  void namesTheFirstMissingEntryOfACutTail() throws Exception {
    sql("DELETE FROM gov_audit_entry WHERE sequence >= 5");

    CliRun broken = run("audit", "verify");

    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at entry 5").contains("truncated");
  }

  @Test
  void answersWhoLookedAtAPatient_asATableAndAsJson() throws Exception {
    CliRun table = run("audit", "patient", "p-1");
    CliRun json = run("audit", "patient", "p-1", "--json");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("care-team-patient:ward-3").contains("consent")
        .contains("os:").doesNotContain("Exception");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("patientId").asText()).isEqualTo("p-1");
    assertThat(root.get("accesses")).hasSize(2);
    assertThat(root.get("accesses").get(1).get("what").asText()).isEqualTo("consent");
  }

  @Test
  void previewsDecisions_withTheirReasons() {
    CliRun permit = run("access", "decide", "dr-lee", "clinician", "treatment", "read", "p-1");
    CliRun deny = run("access", "decide", "dr-lee", "clinician", "treatment", "read", "p-2");

    assertThat(permit.exitCode()).isZero();
    assertThat(permit.out()).startsWith("PERMIT").contains("withheld: mental_health");
    assertThat(deny.exitCode()).isEqualTo(1);
    assertThat(deny.out()).startsWith("DENY").contains("not-on-care-team");
  }

  @Test
  void refusesBadInput_withOneLineEach() {
    assertOneLineError(run("access", "user", "add", "x", "--role", "wizard"), "Unknown role 'wizard'");
    assertOneLineError(run("access", "consent", "set", "p-1", "--withhold", "mental"),
        "needs SECTION=ROLE");
    assertOneLineError(run("access", "care-team", "add-member", "ward-9", "dr-lee"),
        "no care team 'ward-9'");
    assertOneLineError(run("access", "decide", "dr-lee", "chef", "treatment", "read", "p-1"),
        "Unknown role 'chef'");
    assertOneLineError(CliRun.of("audit", "verify", "--store", store, "--audit-key-file",
        tempDir.resolve("missing.key").toString()), "Cannot read the key file");
  }

  @Test
  void treatsHostilePatientIdsAsPlainValues() {
    String hostile = "p-1' OR '1'='1; DROP TABLE gov_audit_entry; --";

    CliRun run = run("audit", "patient", hostile);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No access to or change of patient");
    assertThat(run("audit", "verify").exitCode()).isZero();
    assertThat(run("audit", "patient", "x".repeat(100_000)).exitCode()).isZero();
  }

  private void assertOneLineError(CliRun run, String words) {
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.errLines()).singleElement().asString().contains(words);
  }

  private void ok(String... args) {
    CliRun run = run(args);
    assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
  }

  private CliRun run(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 4);
    all[args.length] = "--store";
    all[args.length + 1] = store;
    all[args.length + 2] = "--audit-key-file";
    all[args.length + 3] = keyFile;
    return CliRun.of(all);
  }

  private void sql(String sql) throws Exception {
    try (PatientStore patientStore = PatientStore.open(StoreLocation.parse(store));
        Statement statement = patientStore.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
