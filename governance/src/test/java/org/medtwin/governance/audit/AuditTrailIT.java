package org.medtwin.governance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.governance.key.GovernanceKey;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

/** The audit chain on both stores: it verifies when untouched and names each kind of tampering. */
class AuditTrailIT {

  private static final GovernanceKey KEY =
      GovernanceKey.of("audit-key-for-tests-0123456789abcdef".getBytes(StandardCharsets.UTF_8), "test");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anUntouchedChainVerifies(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      AuditVerification verdict = trail(store).verify();

      assertThat(verdict.intact()).as(verdict.problem()).isTrue();
      assertThat(verdict.entriesChecked()).isEqualTo(10);
      assertThat(verdict.headSigned()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anEmptyTrailVerifies(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      assertThat(trail(store).verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesAnEditedEntry(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "UPDATE gov_audit_entry SET outcome = 'deny' WHERE sequence = 4");

      assertBad(trail(store).verify(), 4, "edited");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesADeletedEntry(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "DELETE FROM gov_audit_entry WHERE sequence = 4");

      assertBad(trail(store).verify(), 4, "deleted");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesADeletedEntry_whoseGapWasClosedByRenumbering(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "DELETE FROM gov_audit_entry WHERE sequence = 4");
      renumber(store, 5, -1);

      assertBad(trail(store).verify(), 4, "does not follow");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesAnInsertedEntry_evenWithAValidHashOfItsOwn(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      String hash3 = hashOf(store, 3);
      renumber(store, 4, +1);
      AuditEvent forged = new AuditEvent("mallory", "clinician", "treatment", "p-1", "read",
          "chart", "permit", "care-team");
      String at = "2026-11-25T12:00:00Z";
      insert(store, 4, at, forged, hash3, AuditHashes.hash(hash3, 4, at, forged));

      assertBad(trail(store).verify(), 4, "inserted");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesReorderedEntries(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "UPDATE gov_audit_entry SET sequence = 100 WHERE sequence = 5");
      sql(store, "UPDATE gov_audit_entry SET sequence = 5 WHERE sequence = 4");
      sql(store, "UPDATE gov_audit_entry SET sequence = 4 WHERE sequence = 100");

      assertBad(trail(store).verify(), 4, "does not follow");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void namesTheFirstEntryOfACutTail(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "DELETE FROM gov_audit_entry WHERE sequence > 7");

      assertBad(trail(store).verify(), 8, "truncated");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void catchesACutTailWhoseHeadWasRewritten_byItsSignature(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      sql(store, "DELETE FROM gov_audit_entry WHERE sequence > 7");
      sql(store, "UPDATE gov_audit_head SET entry_count = 7, last_hash = '" + hashOf(store, 7) + "'");

      assertBad(trail(store).verify(), 8, "signature");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void saysTheHeadIsUnsigned_whenNoKeyIsSet(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      AuditVerification verdict = new AuditTrail(store.connection(), null, CLOCK).verify();

      assertThat(verdict.intact()).isTrue();
      assertThat(verdict.headSigned()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void answersWhoLookedAtAPatientsRecord_oldestFirst(Dialect dialect) throws Exception {
    try (PatientStore store = storeWithTenEntries(dialect)) {
      List<AuditEntry> entries = trail(store).forPatient("p-1");

      assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 4L, 7L, 10L);
      assertThat(entries.get(0).event().userId()).isEqualTo("user-1");
      assertThat(trail(store).latest(2)).extracting(AuditEntry::sequence).containsExactly(9L, 10L);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void concurrentWritersLeaveOneUnbrokenChain(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Void>> done = new ArrayList<>();
      List<Connection> connections = List.of(second(store), second(store));
      for (Connection connection : connections) {
        Callable<Void> writer = () -> {
          AuditTrail own = new AuditTrail(connection, KEY, Clock.systemUTC());
          for (int i = 0; i < 25; i++) {
            own.append(event(i));
          }
          return null;
        };
        done.add(pool.submit(writer));
      }
      for (Future<Void> future : done) {
        future.get();
      }
      pool.shutdown();
      for (Connection connection : connections) {
        connection.close();
      }

      AuditVerification verdict = trail(store).verify();
      assertThat(verdict.intact()).as(verdict.problem()).isTrue();
      assertThat(verdict.entriesChecked()).isEqualTo(50);
    }
  }

  private static void assertBad(AuditVerification verdict, long first, String words) {
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.firstBadSequence()).as(verdict.problem()).isEqualTo(first);
    assertThat(verdict.problem()).contains(words);
  }

  private PatientStore storeWithTenEntries(Dialect dialect) {
    PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir));
    AuditTrail trail = trail(store);
    for (int i = 1; i <= 10; i++) {
      trail.append(event(i));
    }
    return store;
  }

  /** Entry i is by user-i about patient p-(i mod 3): p-1 gets entries 1, 4, 7 and 10. */
  private static AuditEvent event(int i) {
    return new AuditEvent("user-" + i, "clinician", "treatment",
        "p-" + (i % 3), "read", "chart", "permit", "care-team");
  }

  private static AuditTrail trail(PatientStore store) {
    return new AuditTrail(store.connection(), KEY, CLOCK);
  }

  private static Connection second(PatientStore store) throws SQLException {
    if (store.dialect() == Dialect.DUCKDB) {
      return ((DuckDBConnection) store.connection()).duplicate();
    }
    return DriverManager.getConnection(store.location().jdbcUrl());
  }

  private static void renumber(PatientStore store, long from, int by) throws SQLException {
    // Through a detour above every real number, so no step collides with the primary key.
    sql(store, "UPDATE gov_audit_entry SET sequence = sequence + 1000 WHERE sequence >= " + from);
    sql(store, "UPDATE gov_audit_entry SET sequence = sequence - 1000 + (" + by + ") WHERE sequence >= 1000");
  }

  private static String hashOf(PatientStore store, long sequence) throws SQLException {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT entry_hash FROM gov_audit_entry WHERE sequence = " + sequence)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void insert(PatientStore store, long sequence, String at, AuditEvent e,
      String previous, String hash) throws SQLException {
    try (PreparedStatement insert = store.connection().prepareStatement(
        "INSERT INTO gov_audit_entry VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Object[] values = {sequence, at, e.userId(), e.role(), e.purpose(), e.patientId(),
          e.action(), e.what(), e.outcome(), e.reasons(), previous, hash};
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.executeUpdate();
    }
  }

  private static void sql(PatientStore store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(sql);
    }
  }
}
