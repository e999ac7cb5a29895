package org.medtwin.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.cli.testing.IndependentCounts;
import org.medtwin.cli.testing.StoreTables;
import org.medtwin.cli.testing.SyntheticNetworks;
import org.medtwin.fusion.ingest.IngestProgress;
import org.medtwin.fusion.ingest.IngestReport;
import org.medtwin.fusion.ingest.IngestSettings;
import org.medtwin.fusion.ingest.Ingestion;
import org.medtwin.fusion.ingest.SourceReport;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.testing.TestStores;

/**
 * Ingests a whole synthetic network and accounts for every record the source files hold, counted
 * with other parsers than MedTwin's: nothing read is lost, nothing is loaded twice.
 */
class NothingLostIT {

  /** The brief's network size; {@code -Dmedtwin.it.patients=N} makes a quicker run. */
  private static final int PATIENTS = Integer.getInteger("medtwin.it.patients", 200);

  private static Path network;
  private static final Map<String, Long> expectedRead = new TreeMap<>();
  private static Map<String, Long> truthPatients;

  @TempDir Path tempDir;

  @BeforeAll
  static void generateAndCountIndependently() throws Exception {
    network = SyntheticNetworks.network(PATIENTS);
    long started = System.nanoTime();
    expectedRead.put("hospital-a", IndependentCounts.fhirResources(network.resolve("hospital-a/fhir")));
    expectedRead.put("hospital-b", IndependentCounts.csvRows(network.resolve("hospital-b/csv")));
    expectedRead.put("lab", IndependentCounts.hl7Messages(network.resolve("lab/hl7")));
    truthPatients = IndependentCounts.truthRecordsPerSource(network.resolve("truth/records.csv"));
    System.out.printf("Independent counts %s, truth patients %s (%.1f s)%n",
        expectedRead, truthPatients, (System.nanoTime() - started) / 1e9);
    assertThat(expectedRead.values()).as("a network with records in every source").allMatch(n -> n > 0);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void ingestion_accountsForEveryRecordOfEverySource_andChangesNothingWhenRunAgain(Dialect dialect)
      throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      Connection db = store.connection();

      IngestReport first = ingest(store);

      assertThat(first.sources()).extracting(SourceReport::source)
          .containsExactlyInAnyOrderElementsOf(expectedRead.keySet());
      for (SourceReport source : first.sources()) {
        String name = source.source();
        assertThat(source.read()).as("%s records read versus counted independently", name)
            .isEqualTo(expectedRead.get(name));
        assertThat(source.loaded() + source.unchanged() + source.quarantined())
            .as("%s loaded + unchanged + quarantined", name).isEqualTo(source.read());
        assertThat(source.unchanged()).as("%s unchanged in a first run", name).isZero();
        long accepted = StoreTables.count(db, "SELECT count(*) FROM source_record WHERE source = ?", name);
        long quarantined = StoreTables.count(db, "SELECT count(*) FROM quarantine WHERE source = ?", name);
        assertThat(accepted + quarantined).as("%s source_record + quarantine rows", name)
            .isEqualTo(expectedRead.get(name));
        assertThat(quarantined).as("%s quarantine rows versus report", name).isEqualTo(source.quarantined());
        assertThat(StoreTables.count(db, "SELECT count(*) FROM patient WHERE source = ?", name))
            .as("%s patients versus truth/records.csv", name)
            .isEqualTo(truthPatients.get(name));
      }
      Map<String, Long> before = StoreTables.rowCounts(db, Set.of("ingest_run"));

      IngestReport second = ingest(store);

      for (SourceReport source : second.sources()) {
        String name = source.source();
        assertThat(source.read()).as("%s read again", name).isEqualTo(expectedRead.get(name));
        assertThat(source.loaded()).as("%s loaded again", name).isZero();
        assertThat(source.unchanged()).as("%s unchanged", name).isEqualTo(source.read() - source.quarantined());
        assertThat(source.quarantined()).as("%s quarantined again", name)
            .isEqualTo(first.sources().stream().filter(s -> s.source().equals(name))
                .findFirst().orElseThrow().quarantined());
      }
      assertThat(StoreTables.rowCounts(db, Set.of("ingest_run"))).as("row counts after a rerun")
          .isEqualTo(before);
    }
  }

  private static IngestReport ingest(PatientStore store) throws Exception {
    IngestReport report =
        new Ingestion(store, IngestSettings.DEFAULT, IngestProgress.SILENT).run(network);
    System.out.printf("%s ingest of %d patients: %.1f s, read %d%n",
        store.dialect(), PATIENTS, report.seconds(), report.read());
    return report;
  }
}
