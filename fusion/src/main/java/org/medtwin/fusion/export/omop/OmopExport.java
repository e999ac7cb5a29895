package org.medtwin.fusion.export.omop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportCounts;
import org.medtwin.fusion.export.ExportPerson;
import org.medtwin.fusion.export.ExportProgress;
import org.medtwin.fusion.export.ExportSource;
import org.medtwin.fusion.export.FactKind;
import org.medtwin.fusion.export.FactRow;
import org.medtwin.store.StoreException;

/**
 * Exports the store into OMOP CDM 5.4: one PERSON per linked person (the golden record), every
 * fact of its linked records once (a fact the merge found in several sources, from its most
 * trusted source), an OBSERVATION_PERIOD spanning each person's facts, DEATH, and the bundled
 * concepts that make the CDM's foreign keys hold. Counts every row written and every source
 * record left out, with the reason.
 */
public final class OmopExport {

  private final ExportSource source;
  private final Disclosure disclosure;
  private final ExportProgress progress;

  /** An export of the source's store through the disclosure. */
  public OmopExport(ExportSource source, Disclosure disclosure, ExportProgress progress) {
    this.source = source;
    this.disclosure = disclosure;
    this.progress = progress;
  }

  /**
   * Writes the CDM to the target.
   *
   * @throws IllegalArgumentException when the target exists already (a file, a non-empty folder, a
   *     schema with CDM tables)
   * @throws StoreException when the store cannot be read or the CDM cannot be written
   */
  public ExportCounts run(OmopTarget target) {
    ExportCounts counts = new ExportCounts();
    try (OmopDatabase database = open(target)) {
      fill(database, counts);
      database.finish();
      if (target instanceof OmopTarget.CsvFolder csv) {
        database.copyToCsv(csv.dir());
      }
      database.truncated().forEach((column, n) -> counts.countSkipped("truncated values",
          n + " value(s) of " + column + " cut to the column's length"));
      return counts;
    } catch (SQLException e) {
      throw new StoreException("Cannot write the OMOP CDM to " + describe(target) + ": " + e.getMessage(), e);
    }
  }

  private void fill(OmopDatabase database, ExportCounts counts) throws SQLException {
    OmopConcepts concepts = OmopConcepts.bundled();
    write(database, counts, "concept", concepts.concepts());
    write(database, counts, "vocabulary", concepts.vocabularies());
    write(database, counts, "domain", concepts.domains());
    write(database, counts, "concept_class", concepts.conceptClasses());
    List<ExportPerson> persons = source.persons();
    disclosure.prepare(persons);
    long total = persons.size();
    for (FactKind kind : FactKind.values()) {
      total += source.count(kind);
    }
    Map<String, Integer> personIds = new HashMap<>();
    Map<Integer, LocalDate[]> periods = new HashMap<>();
    long done = 0;
    for (ExportPerson person : persons) {
      writePerson(database, counts, person, personIds);
      progress.update(++done, total, "person");
    }
    OmopFacts facts = new OmopFacts(disclosure);
    Map<String, Integer> visits = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (FactKind kind : FactKind.values()) {
      long[] handled = {done};
      long totalFinal = total;
      source.facts(kind, row -> {
        try {
          writeFact(database, counts, facts, row, personIds, visits, ids, periods);
        } catch (SQLException e) {
          throw new StoreException("Cannot write " + kind.table() + " " + row.source() + "/" + row.id()
              + " to the OMOP CDM: " + e.getMessage(), e);
        }
        if (++handled[0] % 1000 == 0) {
          progress.update(handled[0], totalFinal, kind.table());
        }
      });
      done = handled[0];
      progress.update(done, total, kind.table());
    }
    writePeriods(database, counts, periods);
    writeCdmSource(database, counts);
  }

  private void writePerson(OmopDatabase database, ExportCounts counts, ExportPerson stored,
      Map<String, Integer> personIds) throws SQLException {
    if (disclosure.withheld(stored.personId())) {
      counts.countSkipped("person", "withheld to keep k-anonymity (fewer than k persons share its birth year, sex and ZIP)");
      return;
    }
    ExportPerson person = disclosure.person(stored);
    LocalDate birth = person.birthDate();
    if (birth == null) {
      counts.countSkipped("person", "no birth date (OMOP person.year_of_birth is required); its facts are left out too");
      return;
    }
    int id = personIds.size() + 1;
    personIds.put(stored.personId(), id);
    String sex = person.sex() == null ? "unknown" : person.sex();
    OmopRow row = OmopRow.of("person").set("person_id", id)
        .set("gender_concept_id", "male".equals(sex) ? OmopConcepts.MALE
            : "female".equals(sex) ? OmopConcepts.FEMALE : OmopConcepts.NO_MATCH)
        .set("year_of_birth", birth.getYear()).set("month_of_birth", birth.getMonthValue())
        .set("day_of_birth", birth.getDayOfMonth()).set("birth_datetime", birth.atStartOfDay())
        .set("race_concept_id", OmopConcepts.NO_MATCH).set("ethnicity_concept_id", OmopConcepts.NO_MATCH)
        .set("person_source_value", disclosure.personId(stored.personId()))
        .set("gender_source_value", sex).set("gender_source_concept_id", OmopConcepts.NO_MATCH);
    insert(database, counts, row);
    if (person.deceased() != null) {
      LocalDateTime death = LocalDateTime.ofInstant(person.deceased(), ZoneOffset.UTC);
      insert(database, counts, OmopRow.of("death").set("person_id", id).set("death_date", death.toLocalDate())
          .set("death_datetime", death).set("death_type_concept_id", OmopConcepts.EHR));
    }
  }

  private void writeFact(OmopDatabase database, ExportCounts counts, OmopFacts facts, FactRow row,
      Map<String, Integer> personIds, Map<String, Integer> visits, Map<String, Integer> ids,
      Map<Integer, LocalDate[]> periods) throws SQLException {
    String output = row.kind().table();
    Integer personId = personIds.get(row.personId());
    if (!row.hasPatient()) {
      counts.countSkipped(output, "its patient record is not in the store");
      return;
    }
    if (personId == null) {
      counts.countSkipped(output, disclosure.withheld(row.personId()) ? "its person is withheld to keep k-anonymity"
          : "its person has no birth date, so no OMOP person");
      return;
    }
    if (row.mergedInto() != null) {
      counts.countSkipped(output, "merged into the same fact from a more trusted source");
      return;
    }
    try {
      if (row.kind() == FactKind.ENCOUNTER) {
        OmopRow visit = facts.visit(row, personId);
        int visitId = visits.size() + 1;
        visits.put(row.source() + "\u0000" + row.id(), visitId);
        visit.set("visit_occurrence_id", visitId);
        database.insert("visit_occurrence", visit.values());
        counts.countExported("visit_occurrence");
        span(periods, personId, visit);
        return;
      }
      String encounter = row.kind().hasEncounter() ? row.text("encounter_id") : null;
      Integer visitId = encounter == null ? null : visits.get(row.source() + "\u0000" + encounter);
      for (OmopRow omop : facts.rows(row, personId, visitId)) {
        int id = ids.merge(omop.table(), 1, Integer::sum);
        omop.set(idColumn(omop.table()), id);
        insert(database, counts, omop);
        span(periods, personId, omop);
      }
    } catch (OmopFacts.Refused refused) {
      counts.countSkipped(output, refused.getMessage());
    }
  }

  /** Every CDM event table's key is its name with {@code _id}. */
  private static String idColumn(String table) {
    return table + "_id";
  }

  /** Widens the person's observation period to the row's dates. */
  private static void span(Map<Integer, LocalDate[]> periods, int personId, OmopRow row) {
    for (Map.Entry<String, Object> value : row.values().entrySet()) {
      if (value.getValue() instanceof LocalDate date && value.getKey().endsWith("_date")) {
        LocalDate[] period = periods.computeIfAbsent(personId, p -> new LocalDate[] {date, date});
        if (date.isBefore(period[0])) {
          period[0] = date;
        }
        if (date.isAfter(period[1])) {
          period[1] = date;
        }
      }
    }
  }

  private static void writePeriods(OmopDatabase database, ExportCounts counts, Map<Integer, LocalDate[]> periods)
      throws SQLException {
    int id = 0;
    for (Map.Entry<Integer, LocalDate[]> period : new java.util.TreeMap<>(periods).entrySet()) {
      insert(database, counts, OmopRow.of("observation_period").set("observation_period_id", ++id)
          .set("person_id", period.getKey())
          .set("observation_period_start_date", period.getValue()[0])
          .set("observation_period_end_date", period.getValue()[1])
          .set("period_type_concept_id", OmopConcepts.EHR));
    }
  }

  private static void writeCdmSource(OmopDatabase database, ExportCounts counts) throws SQLException {
    LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    insert(database, counts, OmopRow.of("cdm_source").set("cdm_source_name", "MedTwin patient store export")
        .set("cdm_source_abbreviation", "MedTwin").set("cdm_holder", "MedTwin")
        .set("source_description", "Golden records and every linked source fact of a MedTwin patient store.")
        .set("source_release_date", today).set("cdm_release_date", today).set("cdm_version", "v5.4")
        .set("cdm_version_concept_id", OmopConcepts.NO_MATCH)
        .set("vocabulary_version", "none (codes in source_value)"));
  }

  private static void write(OmopDatabase database, ExportCounts counts, String table, List<Map<String, Object>> rows)
      throws SQLException {
    for (Map<String, Object> row : rows) {
      database.insert(table, row);
      counts.countExported(table);
    }
  }

  private static void insert(OmopDatabase database, ExportCounts counts, OmopRow row) throws SQLException {
    database.insert(row.table(), row.values());
    counts.countExported(row.table());
  }

  private static OmopDatabase open(OmopTarget target) throws SQLException {
    if (target instanceof OmopTarget.DuckDbFile file) {
      if (Files.exists(file.file())) {
        throw new IllegalArgumentException("OMOP output " + file.file() + " exists already. Give a new file name.");
      }
      createParent(file.file());
      return OmopDatabase.create("jdbc:duckdb:" + file.file().toAbsolutePath(), OmopDdl.Engine.DUCKDB, "main");
    }
    if (target instanceof OmopTarget.CsvFolder csv) {
      emptyFolder(csv.dir());
      return OmopDatabase.create("jdbc:duckdb:", OmopDdl.Engine.DUCKDB, "main");
    }
    OmopTarget.Postgres postgres = (OmopTarget.Postgres) target;
    return OmopDatabase.create(postgres.jdbcUrl(), OmopDdl.Engine.POSTGRESQL, postgres.schema());
  }

  private static void createParent(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
  }

  private static void emptyFolder(Path dir) {
    try {
      if (Files.isDirectory(dir)) {
        try (var entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException("Output folder " + dir + " is not empty. Give a new or empty folder.");
          }
        }
      } else if (Files.exists(dir)) {
        throw new IllegalArgumentException("Output " + dir + " is a file, not a folder.");
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String describe(OmopTarget target) {
    if (target instanceof OmopTarget.Postgres postgres) {
      return "schema " + postgres.schema() + " of " + new org.medtwin.store.StoreLocation(postgres.jdbcUrl()).redacted();
    }
    return target.toString();
  }
}
