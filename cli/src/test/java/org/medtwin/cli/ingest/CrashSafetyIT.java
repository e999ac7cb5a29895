package org.medtwin.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.StoreTables;
import org.medtwin.cli.testing.SyntheticNetworks;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreLocation;
import org.medtwin.store.testing.TestStores;

/**
 * Kills {@code medtwin ingest} with SIGKILL at seeded random moments, runs it again, and checks
 * that the resumed store holds exactly what an uninterrupted run writes.
 */
class CrashSafetyIT {

  /**
   * Columns that differ between runs by design: which run wrote a row, and when. ({@code status}
   * is a run's state only in {@code ingest_run}, left out whole; elsewhere it is a clinical fact
   * and compared.)
   */
  private static final Set<String> RUN_COLUMNS = Set.of("run_id", "started_at", "finished_at", "applied_at");

  private static final long KILL_SEED = Long.getLong("medtwin.it.kill-seed", 4242L);
  private static final long MIN_DELAY_MILLIS = 300;

  private static Path network;

  @TempDir Path tempDir;

  @BeforeAll
  static void network() {
    network = SyntheticNetworks.small();
  }

  @Test
  void duckDbIngest_killedAtTenRandomPoints_resumesToTheStoreACleanRunWrites() throws Exception {
    StoreLocation clean = TestStores.duckDb(tempDir);
    long cleanMillis = ingestToCompletion(clean);
    Map<String, List<String>> expected = contents(clean);

    killAndResume(10, cleanMillis, expected, () -> TestStores.duckDb(tempDir));
  }

  @Test
  void postgresIngest_killedAtRandomPoints_resumesToTheStoreACleanRunWrites() throws Exception {
    StoreLocation clean = TestStores.postgres();
    long cleanMillis = ingestToCompletion(clean);
    Map<String, List<String>> expected = contents(clean);

    killAndResume(3, cleanMillis, expected, TestStores::postgres);
  }

  private void killAndResume(
      int kills, long cleanMillis, Map<String, List<String>> expected,
      java.util.function.Supplier<StoreLocation> freshStore) throws Exception {
    Random random = new Random(KILL_SEED + kills);
    int midRun = 0;
    for (int kill = 1; kill <= kills; kill++) {
      StoreLocation store = freshStore.get();
      // Stratified: kill i falls at a random moment of the i-th of `kills` equal slices of the run,
      // so the kills spread from start-up over the commits to the last file.
      double slice = Math.max(1, cleanMillis - MIN_DELAY_MILLIS) / (double) kills;
      long delay = MIN_DELAY_MILLIS + (long) ((kill - 1 + random.nextDouble()) * slice);
      Process ingest = start(store, "kill-" + kill);
      boolean finishedBeforeKill = ingest.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finishedBeforeKill) {
        ingest.destroyForcibly();
        ingest.waitFor();
        midRun++;
      }
      System.out.printf(
          "kill point %d/%d (seed %d): SIGKILL after %d ms of a %d ms run, %s; %s%n",
          kill, kills, KILL_SEED + kills, delay, cleanMillis,
          finishedBeforeKill ? "the run had already finished" : "landed mid-run",
          committedSoFar(store, expected.get("source_record").size()));

      ingestToCompletion(store);

      assertThat(StoreTables.differences(expected, contents(store)))
          .as("how the store resumed after a kill at %d ms differs from a clean one", delay)
          .isEmpty();
    }
    assertThat(midRun).as("kills that landed mid-run").isGreaterThanOrEqualTo(kills / 2);
  }

  /** How much of the ingest the killed run had committed, for the log. */
  private static String committedSoFar(StoreLocation location, int cleanRecords) {
    try (PatientStore store = PatientStore.open(location)) {
      return "the store held " + store.count("source_record") + " of " + cleanRecords + " source records";
    } catch (RuntimeException e) {
      return "the store could not be opened: " + e.getMessage();
    }
  }

  /** Runs the ingest in a child JVM to its end and returns how long it took. */
  private long ingestToCompletion(StoreLocation store) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Process ingest = start(store, "run");
    assertThat(ingest.waitFor(5, TimeUnit.MINUTES)).as("ingest ends").isTrue();
    String log = Files.readString(tempDir.resolve("last-run.log"));
    assertThat(ingest.exitValue()).as("ingest exit status; it said:%n%s", log).isZero();
    return (System.nanoTime() - started) / 1_000_000;
  }

  private Process start(StoreLocation store, String name) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
        SyntheticNetworks.cliJar().toString(), "ingest", network.toString(), "--store", store.value(),
        "--batch", "500"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(tempDir.resolve(name.equals("run") ? "last-run.log" : name + ".log").toFile())
        .start();
  }

  private static Map<String, List<String>> contents(StoreLocation location) throws Exception {
    try (PatientStore store = PatientStore.open(location)) {
      Map<String, List<String>> contents =
          StoreTables.contents(store.connection(), Set.of("ingest_run"), RUN_COLUMNS);
      assertThat(contents).containsKeys("patient", "source_record", "ingested_file", "quarantine");
      return contents;
    }
  }
}
