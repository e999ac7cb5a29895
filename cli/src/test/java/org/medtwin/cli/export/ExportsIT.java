package org.medtwin.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.cli.testing.SyntheticNetworks;
import org.medtwin.store.testing.TestStores;

/** The three exports of one fused synthetic network, each checked by the standard's own tools. */
class ExportsIT {

  @TempDir static Path shared;
  @TempDir Path tempDir;

  private static final int VALIDATED_PER_TYPE = 250;

  private static String store;

  @BeforeAll
  static void fuseTheSmallNetwork() {
    store = shared.resolve("store.duckdb").toString();
    CliRun fuse = CliRun.of("fuse", SyntheticNetworks.small().toString(), "--store", store);
    assertThat(fuse.exitCode()).as(fuse.err()).isZero();
  }

  @Test
  void fhirExport_passesHapisR4Validator_withZeroErrors_andEveryResourceHasItsProvenance() throws Exception {
    Path out = tempDir.resolve("fhir");

    CliRun export = CliRun.of("export", "fhir", "--store", store, "--out", out.toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
    List<String> errors = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    Set<String> resources = new HashSet<>();
    long validated = 0;
    for (JsonNode output : manifest.get("output")) {
      Path file = out.resolve(output.get("url").asText());
      List<String> lines;
      try (Stream<String> stream = Files.lines(file)) {
        lines = stream.toList();
      }
      assertThat(lines).as("lines of %s", file).hasSize(output.get("count").asInt());
      int checked = 0;
      for (String line : lines) {
        JsonNode resource = json.readTree(line);
        String type = resource.get("resourceType").asText();
        assertThat(type).isEqualTo(output.get("type").asText());
        if (type.equals("Provenance")) {
          resource.get("target").forEach(t -> targets.add(t.get("reference").asText()));
        } else {
          resources.add(type + "/" + resource.get("id").asText());
        }
        // HAPI takes ~60 ms a resource on two shared cores: every resource of the small types, the
        // first VALIDATED_PER_TYPE of the large ones (their resources share one shape per source).
        if (checked++ >= VALIDATED_PER_TYPE) {
          continue;
        }
        for (SingleValidationMessage message : OfflineFhirValidator.errors(line)) {
          errors.add(type + "/" + resource.get("id").asText() + " " + message.getLocationString() + ": "
              + message.getMessage());
        }
        validated++;
      }
    }
    assertThat(validated).isGreaterThan(1000);
    assertThat(errors).as("validation errors").isEmpty();
    assertThat(OfflineFhirValidator.errors("{\"resourceType\":\"Observation\",\"id\":\"x\"}"))
        .as("the validator finds a missing status and code").isNotEmpty();
    assertThat(targets).as("one Provenance per resource").isEqualTo(resources);
  }

  @Test
  void omopExport_loadsIntoTheOfficialDdlOnPostgres_withEveryPrimaryAndForeignKeyEnforced() throws Exception {
    String url = TestStores.postgres().value();

    CliRun export = CliRun.of("export", "omop", "--store", store, "--out", url, "--schema", "cdm");

    assertThat(export.exitCode()).as(export.err()).isZero();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      // SOURCE.md of the DDL: 39 tables, 28 primary keys, 176 foreign keys.
      assertThat(count(statement, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
          + " WHERE n.nspname = 'cdm' AND c.contype = 'f'")).isEqualTo(176);
      assertThat(count(statement, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
          + " WHERE n.nspname = 'cdm' AND c.contype = 'p'")).isEqualTo(28);
      assertThat(count(statement, "SELECT count(*) FROM cdm.person")).isPositive();
      assertThat(count(statement, "SELECT count(*) FROM cdm.measurement")).isPositive();
      assertThat(count(statement, "SELECT count(*) FROM cdm.measurement WHERE measurement_source_value IS NULL"))
          .as("source codes kept").isZero();
      assertThatThrownBy(() -> statement.execute("INSERT INTO cdm.death (person_id, death_date, death_type_concept_id)"
          + " VALUES (999999, DATE '2020-01-01', 32817)"))
          .as("a death of no person breaks fpk_death_person").isInstanceOf(SQLException.class)
          .hasMessageContaining("fpk_death_person");
    }
    assertThat(export.out()).contains("person", "visit_occurrence", "left out");
  }

  @Test
  void omopExport_asDuckDbFileAndAsCsv_writesTheSameRows() throws Exception {
    Path duckdb = tempDir.resolve("omop.duckdb");
    Path csv = tempDir.resolve("omop-csv");

    assertThat(CliRun.of("export", "omop", "--store", store, "--out", duckdb.toString()).exitCode()).isZero();
    assertThat(CliRun.of("export", "omop", "--store", store, "--out", csv.toString()).exitCode()).isZero();

    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + duckdb.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      for (String table : List.of("person", "visit_occurrence", "measurement", "observation", "note")) {
        long rows = count(statement, "SELECT count(*) FROM main." + table);
        long lines;
        try (Stream<String> stream = Files.lines(csv.resolve(table + ".csv"))) {
          lines = stream.count();
        }
        assertThat(rows).as(table).isPositive();
        // A note's text may span lines inside its quotes, so count CSV records with DuckDB too.
        assertThat(count(statement, "SELECT count(*) FROM read_csv('" + csv.resolve(table + ".csv").toAbsolutePath()
            + "', header = true, all_varchar = true)")).as(table + ".csv").isEqualTo(rows);
        assertThat(lines).isGreaterThan(rows);
      }
      // Every visit a fact names exists, checked here because DuckDB cannot declare the foreign key.
      assertThat(count(statement, "SELECT count(*) FROM main.measurement m WHERE visit_occurrence_id IS NOT NULL"
          + " AND NOT EXISTS (SELECT 1 FROM main.visit_occurrence v WHERE v.visit_occurrence_id = m.visit_occurrence_id)"))
          .isZero();
    }
    CliRun again = CliRun.of("export", "omop", "--store", store, "--out", duckdb.toString());
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.errLines()).singleElement().asString().contains("exists already");
  }

  @Test
  void parquetExport_holdsEveryPersonAndEveryUnmergedFact_readBackByDuckDb() throws Exception {
    Path out = tempDir.resolve("parquet");

    CliRun export = CliRun.of("export", "parquet", "--store", store, "--out", out.toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    try (Connection storeDb = DriverManager.getConnection("jdbc:duckdb:" + Path.of(store).toAbsolutePath());
        Statement inStore = storeDb.createStatement();
        Connection reader = DriverManager.getConnection("jdbc:duckdb:");
        Statement parquet = reader.createStatement()) {
      long persons = count(inStore, "SELECT count(DISTINCT person_id) FROM person_link");
      assertThat(count(parquet, "SELECT count(*) FROM '" + out.resolve("person.parquet") + "'")).isEqualTo(persons);
      // Expected: every observation of the store but the duplicates the merge folded into another.
      long observations = count(inStore, "SELECT count(*) FROM observation")
          - count(inStore, "SELECT count(*) FROM golden_fact_source WHERE fact_type = 'Observation' AND NOT representative");
      assertThat(count(parquet, "SELECT count(*) FROM '" + out.resolve("observation.parquet") + "'"))
          .isEqualTo(observations);
      assertThat(count(parquet, "SELECT count(*) FROM '" + out.resolve("observation.parquet") + "' WHERE person_id IS NULL"))
          .isZero();
    }
  }

  @Test
  void deidentifiedExtracts_holdNoNameIdentifierContactStreetOrFullDateOfTheSourcePopulation() throws Exception {
    Path key = shared.resolve("pseudonym.key");
    Files.writeString(key, "an export test key that is long enough, 2026-11-25 #1");
    Path fhir = tempDir.resolve("deid-fhir");
    Path omop = tempDir.resolve("deid-omop");
    Path parquet = tempDir.resolve("deid-parquet");

    CliRun fhirRun = CliRun.of("export", "fhir", "--store", store, "--out", fhir.toString(), "--deidentify",
        "--key", key.toString(), "--k", "2");
    CliRun omopRun = CliRun.of("export", "omop", "--store", store, "--out", omop.toString(), "--deidentify",
        "--key", key.toString(), "--k", "1");
    CliRun parquetRun = CliRun.of("export", "parquet", "--store", store, "--out", parquet.toString(), "--deidentify",
        "--key", key.toString(), "--k", "2");

    assertThat(List.of(fhirRun.exitCode(), omopRun.exitCode(), parquetRun.exitCode()))
        .as(fhirRun.err() + omopRun.err() + parquetRun.err()).containsOnly(0);
    assertThat(fhirRun.out()).contains("k-anonymity holds");
    assertThat(parquetRun.out()).contains("k-anonymity holds");
    SourcePopulation population = SourcePopulation.of(Path.of(store));
    assertThat(population.names()).hasSizeGreaterThan(8);
    assertThat(population.dates()).hasSizeGreaterThan(50);
    StringBuilder extract = new StringBuilder();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(fhir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
        for (String line : Files.readAllLines(file)) {
          extract.append(line).append('\n');
          JsonNode resource = json.readTree(line);
          // A note's text travels base64-encoded: read what it says.
          resource.path("content").forEach(c -> extract.append(new String(
              java.util.Base64.getDecoder().decode(c.path("attachment").path("data").asText("")),
              java.nio.charset.StandardCharsets.UTF_8)).append('\n'));
        }
      }
    }
    try (Stream<Path> files = Files.list(omop)) {
      for (Path file : files.toList()) {
        extract.append(Files.readString(file)).append('\n');
      }
    }
    try (Connection reader = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = reader.createStatement();
        Stream<Path> files = Files.list(parquet)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        Path csv = tempDir.resolve(file.getFileName() + ".csv");
        statement.execute("COPY (SELECT * FROM '" + file + "') TO '" + csv + "' (HEADER)");
        extract.append(Files.readString(csv)).append('\n');
      }
    }
    assertThat(extract.length()).isGreaterThan(1_000_000);
    assertThat(population.foundIn("Seen: " + population.names().iterator().next()))
        .as("the scan finds a name when there is one").isNotEmpty();

    assertThat(population.foundIn(extract.toString())).as("identifying values in the de-identified extract").isEmpty();
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
