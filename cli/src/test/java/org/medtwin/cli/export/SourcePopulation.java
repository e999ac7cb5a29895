package org.medtwin.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What identifies the people of a store, read straight from its patient rows as the sources sent
 * them: every name part, identifier value and source id, phone number and e-mail, street line,
 * and every full date (birth, death, encounter start) — the needles a de-identified extract must
 * not contain.
 *
 * @param names name parts of three letters or more, matched as whole words
 * @param literals identifiers, ids, phones, e-mails and street lines, matched anywhere
 * @param dates full dates as yyyy-MM-dd, matched anywhere
 */
record SourcePopulation(Set<String> names, Set<String> literals, Set<String> dates) {

  static SourcePopulation of(Path duckDbStore) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> names = new TreeSet<>();
    Set<String> literals = new TreeSet<>();
    Set<String> dates = new TreeSet<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + duckDbStore.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery("SELECT id, source_record_id, names_json, identifiers_json,"
          + " telecom_json, addresses_json, birth_date, deceased FROM patient")) {
        while (row.next()) {
          literals.add(row.getString(1));
          literals.add(row.getString(2));
          for (JsonNode name : json.readTree(row.getString(3))) {
            add(names, name.path("family").asText(null));
            name.path("given").forEach(given -> add(names, given.asText()));
          }
          json.readTree(row.getString(4)).forEach(id -> literals.add(id.path("value").asText()));
          json.readTree(row.getString(5)).forEach(contact -> literals.add(contact.path("value").asText()));
          for (JsonNode address : json.readTree(row.getString(6))) {
            address.path("lines").forEach(line -> literals.add(line.asText()));
          }
          addDate(dates, row.getDate(7) == null ? null : row.getDate(7).toLocalDate());
          addDate(dates, row.getTimestamp(8) == null ? null : row.getTimestamp(8).toLocalDateTime().toLocalDate());
        }
      }
      try (ResultSet row = statement.executeQuery("SELECT DISTINCT CAST(start_time AS DATE) FROM encounter")) {
        while (row.next()) {
          addDate(dates, row.getDate(1).toLocalDate());
        }
      }
    }
    literals.removeIf(value -> value == null || value.length() < 4);
    return new SourcePopulation(names, literals, dates);
  }

  /** Every needle found in the text, as {@code kind: value}. */
  List<String> foundIn(String text) {
    List<String> found = new java.util.ArrayList<>();
    for (String name : names) {
      if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()) {
        found.add("name: " + name);
      }
    }
    literals.stream().filter(text::contains).forEach(l -> found.add("identifier/contact/street: " + l));
    dates.stream().filter(text::contains).forEach(d -> found.add("date: " + d));
    return found;
  }

  private static void add(Set<String> names, String name) {
    if (name != null && name.length() >= 3) {
      names.add(name);
    }
  }

  /**
   * Year-only de-identification writes 1 January of the year, which a source date of 1 January
   * cannot be told from; today's date stamps the export itself (manifest, CDM source).
   */
  private static void addDate(Set<String> dates, LocalDate date) {
    if (date != null && !(date.getMonthValue() == 1 && date.getDayOfMonth() == 1)
        && !date.equals(LocalDate.now(ZoneOffset.UTC))) {
      dates.add(date.toString());
    }
  }
}
