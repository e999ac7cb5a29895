package org.medtwin.learn.cohort;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medtwin.store.StoreException;

/**
 * Builds a cohort from the store by SQL, criterion by criterion, recording the attrition: persons
 * with a golden record, alive and in the age band at the index date, observed in the look-back,
 * each inclusion and exclusion criterion, then complete follow-up over the time at risk (a person
 * who died without the outcome before its end is left out, as the binary label cannot be known).
 */
public final class CohortBuilder {

  private final Connection connection;
  private final FactSql sql;

  public CohortBuilder(Connection connection, CodeHierarchy hierarchy) {
    this.connection = connection;
    this.sql = new FactSql(hierarchy);
  }

  private record Person(String id, LocalDate birthDate, String sex, LocalDateTime deceased) {}

  /**
   * Builds the cohort.
   *
   * @throws StoreException when the store holds no golden records or cannot be read
   * @throws IllegalArgumentException when the time at risk ends after the store's latest encounter
   */
  public Cohort build(CohortDefinition definition) {
    try {
      return buildChecked(definition);
    } catch (SQLException e) {
      throw new StoreException("Cannot build cohort " + definition.name() + ": " + e.getMessage(), e);
    }
  }

  private Cohort buildChecked(CohortDefinition d) throws SQLException {
    LocalDateTime index = d.indexDate().atStartOfDay();
    LocalDateTime end = index.plusDays(d.outcome().horizonDays());
    LocalDateTime dataEnd = dataEnd();
    if (dataEnd == null) {
      throw new StoreException("The store holds no encounters. Maybe run `medtwin fuse DIR` first?");
    }
    if (end.isAfter(dataEnd)) {
      throw new IllegalArgumentException("Study " + d.name() + ": the time at risk ends " + end.toLocalDate()
          + " but the store's latest encounter is " + dataEnd.toLocalDate() + ". Maybe move indexDate earlier?");
    }
    List<AttritionStep> attrition = new ArrayList<>();
    Map<String, Person> persons = persons();
    if (persons.isEmpty()) {
      throw new StoreException("The store holds no golden records. Maybe run `medtwin fuse DIR` or `medtwin merge` first?");
    }
    Set<String> kept = new HashSet<>(persons.keySet());
    attrition.add(new AttritionStep("Persons with a golden record", kept.size(), 0));
    step(attrition, kept, "Born before and alive at the index date " + d.indexDate(), p -> {
      Person person = persons.get(p);
      return person.birthDate() != null && person.birthDate().isBefore(d.indexDate())
          && (person.deceased() == null || person.deceased().isAfter(index));
    });
    step(attrition, kept, "Aged " + d.minAge() + " to " + d.maxAge() + " at the index date", p -> {
      long age = ChronoUnit.YEARS.between(persons.get(p).birthDate(), d.indexDate());
      return age >= d.minAge() && age <= d.maxAge();
    });
    Set<String> observed = observed(index.minusDays(d.lookbackDays()), index);
    step(attrition, kept, "An encounter in the " + d.lookbackDays() + " days before the index date", observed::contains);
    for (Criterion criterion : d.inclusion()) {
      Set<String> meets = meets(criterion, index);
      step(attrition, kept, "Inclusion: " + criterion.name(), meets::contains);
    }
    for (Criterion criterion : d.exclusion()) {
      Set<String> meets = meets(criterion, index);
      step(attrition, kept, "Exclusion: " + criterion.name(), p -> !meets.contains(p));
    }
    Map<String, LocalDateTime> outcomes = firstOutcome(d.outcome(), index);
    step(attrition, kept, "Followed for " + d.outcome().horizonDays() + " days or had the outcome (no death without it)", p -> {
      LocalDateTime outcome = outcomes.get(p);
      boolean event = outcome != null && outcome.isBefore(end);
      LocalDateTime died = persons.get(p).deceased();
      return event || died == null || !died.isBefore(end);
    });
    Map<String, Set<String>> sources = sources();
    List<CohortMember> members = new ArrayList<>();
    for (String id : new java.util.TreeSet<>(kept)) {
      Person person = persons.get(id);
      LocalDateTime outcome = outcomes.get(id);
      int label = outcome != null && outcome.isBefore(end) ? 1 : 0;
      double age = ChronoUnit.DAYS.between(person.birthDate(), d.indexDate()) / 365.25;
      members.add(new CohortMember(id, person.sex(), person.birthDate(), age, label, sources.getOrDefault(id, Set.of())));
    }
    return new Cohort(d, members, attrition, dataEnd);
  }

  private static void step(List<AttritionStep> attrition, Set<String> kept, String name, java.util.function.Predicate<String> keep) {
    int before = kept.size();
    kept.removeIf(keep.negate());
    attrition.add(new AttritionStep(name, kept.size(), before - kept.size()));
  }

  private LocalDateTime dataEnd() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT max(start_time) FROM encounter");
        ResultSet row = statement.executeQuery()) {
      row.next();
      Timestamp t = row.getTimestamp(1);
      return t == null ? null : t.toLocalDateTime();
    }
  }

  private Map<String, Person> persons() throws SQLException {
    Map<String, Person> persons = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
            "SELECT person_id, birth_date, sex, deceased FROM golden_patient ORDER BY person_id");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        java.sql.Date birth = row.getDate(2);
        Timestamp deceased = row.getTimestamp(4);
        persons.put(row.getString(1), new Person(row.getString(1), birth == null ? null : birth.toLocalDate(),
            row.getString(3), deceased == null ? null : deceased.toLocalDateTime()));
      }
    }
    return persons;
  }

  private Set<String> observed(LocalDateTime from, LocalDateTime to) throws SQLException {
    String query = "SELECT DISTINCT person_id FROM (" + FactSql.facts(FactKind.ENCOUNTER) + ") e WHERE t >= ? AND t < ?";
    return personSet(query, List.of(Timestamp.valueOf(from), Timestamp.valueOf(to)));
  }

  Set<String> meets(Criterion criterion, LocalDateTime index) throws SQLException {
    if (criterion instanceof Criterion.AnyOf) {
      Set<String> union = new HashSet<>();
      for (Criterion child : ((Criterion.AnyOf) criterion).anyOf()) {
        union.addAll(meets(child, index));
      }
      return union;
    }
    Criterion.HasFact fact = (Criterion.HasFact) criterion;
    FactSql.Fragment filter = sql.codeFilter(fact.codes());
    List<Object> params = new ArrayList<>(filter.params());
    String window = " AND t < ?";
    params.add(Timestamp.valueOf(index));
    if (fact.withinDays() != null) {
      window += " AND t >= ?";
      params.add(Timestamp.valueOf(index.minusDays(fact.withinDays())));
    }
    String base = "SELECT * FROM (" + FactSql.facts(fact.kind()) + ") f WHERE " + filter.sql() + window;
    if (fact.min() == null && fact.max() == null) {
      return personSet("SELECT DISTINCT person_id FROM (" + base + ") x", params);
    }
    String latest = "SELECT person_id, value FROM (SELECT person_id, value, ROW_NUMBER() OVER"
        + " (PARTITION BY person_id ORDER BY t DESC, value DESC) AS rn FROM (" + base + " AND value IS NOT NULL) x) y WHERE rn = 1";
    Set<String> persons = new HashSet<>();
    try (PreparedStatement statement = prepare(latest, params); ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        double value = row.getDouble(2);
        if ((fact.min() == null || value >= fact.min()) && (fact.max() == null || value <= fact.max())) {
          persons.add(row.getString(1));
        }
      }
    }
    return persons;
  }

  private Map<String, LocalDateTime> firstOutcome(Outcome outcome, LocalDateTime index) throws SQLException {
    FactSql.Fragment filter = sql.codeFilter(outcome.codes());
    List<Object> params = new ArrayList<>(filter.params());
    params.add(Timestamp.valueOf(index));
    String query = "SELECT person_id, min(t) FROM (" + FactSql.facts(outcome.kind()) + ") f WHERE " + filter.sql()
        + " AND t >= ? GROUP BY person_id";
    Map<String, LocalDateTime> first = new HashMap<>();
    try (PreparedStatement statement = prepare(query, params); ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        first.put(row.getString(1), row.getTimestamp(2).toLocalDateTime());
      }
    }
    return first;
  }

  private Map<String, Set<String>> sources() throws SQLException {
    Map<String, Set<String>> sources = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT person_id, source FROM person_link");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        sources.computeIfAbsent(row.getString(1), k -> new java.util.TreeSet<>()).add(row.getString(2));
      }
    }
    return sources;
  }

  private Set<String> personSet(String query, List<Object> params) throws SQLException {
    Set<String> persons = new HashSet<>();
    try (PreparedStatement statement = prepare(query, params); ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        persons.add(row.getString(1));
      }
    }
    return persons;
  }

  private PreparedStatement prepare(String query, List<Object> params) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(query);
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
    return statement;
  }
}
