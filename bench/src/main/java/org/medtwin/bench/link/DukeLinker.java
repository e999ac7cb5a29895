package org.medtwin.bench.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.standardize.PersonIdentifier;
import org.medtwin.fusion.link.standardize.PersonName;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.PostalAddress;

/**
 * Duke 1.2, configured for the fields MedTwin's linker compares, run on the same standardized
 * person records: the reference engine of the linkage benchmark.
 *
 * <p>Configuration (Duke's Bayesian combination; low/high are the probabilities a property gives
 * when its values differ or agree): given name Jaro–Winkler 0.35/0.85, surname Jaro–Winkler
 * 0.25/0.90, house number exact 0.45/0.65, street Levenshtein 0.40/0.75, suburb Levenshtein
 * 0.40/0.70, postcode Levenshtein 0.40/0.70, state exact 0.45/0.55, birth date (eight digits)
 * Levenshtein 0.30/0.90, identifier Levenshtein 0.25/0.95, phone exact 0.40/0.90, sex exact
 * 0.30/0.55; match threshold 0.95 by default. Candidates come from Duke's default in-memory Lucene
 * index (fuzzy search on), searched by given name, surname, street, birth date, identifier and
 * phone (Duke's {@code lookup="true"}), at most {@link #MAX_SEARCH_HITS} candidates a record.
 * Missing values say nothing (Duke skips a property missing on either side).
 */
final class DukeLinker {

  /** The default threshold at or above which Duke reports a match. */
  static final double DEFAULT_THRESHOLD = 0.95;

  /**
   * Duke's {@code max-search-hits}: candidates it reads from Lucene per record. Its default
   * (1,000,000) lets a common name pull thousands of candidates and 50,000 records take over
   * five minutes; FEBRL's clusters hold at most six records.
   */
  static final int MAX_SEARCH_HITS = 50;

  private final int threads;
  private final String identifierAuthority;
  private final double threshold;

  /**
   * A Duke runner.
   *
   * @param threads Duke's matching threads
   * @param identifierAuthority the authority whose identifier Duke compares (FEBRL's social
   *     security id), or {@code null} when the records share none (each source's own MRN)
   * @param threshold the match probability at or above which Duke reports a match
   */
  DukeLinker(int threads, String identifierAuthority, double threshold) {
    this.threads = threads;
    this.identifierAuthority = identifierAuthority;
    this.threshold = threshold;
  }

  /**
   * Deduplicates the records: every pair Duke reports as a match, as record indices
   * {@code (i << 32) | j} with {@code i < j}.
   */
  long[] deduplicate(List<PersonRecord> records) {
    ConfigurationImpl config = configuration();
    config.addDataSource(0, source(records, 0));
    return run(config, processor -> processor.deduplicate());
  }

  /**
   * Links the second list against the first (Duke's record linkage mode, best match per record):
   * indices refer to the concatenation {@code first ++ second}.
   */
  long[] link(List<PersonRecord> first, List<PersonRecord> second) {
    ConfigurationImpl config = configuration();
    config.addDataSource(1, source(first, 0));
    config.addDataSource(2, source(second, first.size()));
    return run(config, processor -> processor.link());
  }

  private interface Mode {
    void run(Processor processor);
  }

  private long[] run(ConfigurationImpl config, Mode mode) {
    Map<Long, Boolean> pairs = new ConcurrentHashMap<>();
    Processor processor = new Processor(config, true);
    processor.setThreads(threads);
    processor.addMatchListener(new AbstractMatchListener() {
      @Override
      public void matches(Record r1, Record r2, double confidence) {
        int i = Integer.parseInt(r1.getValue("ID"));
        int j = Integer.parseInt(r2.getValue("ID"));
        if (i != j) {
          pairs.put(((long) Math.min(i, j) << 32) | Math.max(i, j), Boolean.TRUE);
        }
      }
    });
    try {
      mode.run(processor);
    } finally {
      processor.close();
    }
    return pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private ConfigurationImpl configuration() {
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl("ID"));
    properties.add(lookup(new PropertyImpl("GIVEN", new JaroWinkler(), 0.35, 0.85)));
    properties.add(lookup(new PropertyImpl("SURNAME", new JaroWinkler(), 0.25, 0.90)));
    properties.add(new PropertyImpl("HOUSE", new ExactComparator(), 0.45, 0.65));
    properties.add(lookup(new PropertyImpl("STREET", new Levenshtein(), 0.40, 0.75)));
    properties.add(new PropertyImpl("SUBURB", new Levenshtein(), 0.40, 0.70));
    properties.add(new PropertyImpl("POSTCODE", new Levenshtein(), 0.40, 0.70));
    properties.add(new PropertyImpl("STATE", new ExactComparator(), 0.45, 0.55));
    properties.add(lookup(new PropertyImpl("DOB", new Levenshtein(), 0.30, 0.90)));
    properties.add(lookup(new PropertyImpl("IDENTIFIER", new Levenshtein(), 0.25, 0.95)));
    properties.add(lookup(new PropertyImpl("PHONE", new ExactComparator(), 0.40, 0.90)));
    properties.add(new PropertyImpl("SEX", new ExactComparator(), 0.30, 0.55));
    ConfigurationImpl config = new ConfigurationImpl();
    config.setProperties(properties);
    config.setThreshold(threshold);
    LuceneDatabase database = new LuceneDatabase();
    database.setMaxSearchHits(MAX_SEARCH_HITS);
    config.setDatabase(database);
    return config;
  }

  /** A property Duke searches its index by when it looks for candidates. */
  private static Property lookup(PropertyImpl property) {
    property.setLookupBehaviour(Property.Lookup.TRUE);
    return property;
  }

  private DataSource source(List<PersonRecord> records, int firstIndex) {
    List<Record> dukeRecords = new ArrayList<>(records.size());
    for (int k = 0; k < records.size(); k++) {
      dukeRecords.add(record(records.get(k), firstIndex + k));
    }
    return new InMemoryDataSource(dukeRecords);
  }

  /** One person record as a Duke record: its first name, address and phone, as MedTwin standardized them. */
  Record record(PersonRecord person, int index) {
    RecordImpl record = new RecordImpl();
    record.addValue("ID", Integer.toString(index));
    if (!person.names().isEmpty()) {
      PersonName name = person.names().get(0);
      add(record, "GIVEN", name.given());
      add(record, "SURNAME", name.family());
    }
    if (!person.addresses().isEmpty()) {
      PostalAddress address = person.addresses().get(0);
      add(record, "HOUSE", address.houseNumber());
      add(record, "STREET", address.street());
      add(record, "SUBURB", address.locality());
      add(record, "POSTCODE", address.postcode());
      add(record, "STATE", address.state());
    }
    if (person.birthDate() != null) {
      add(record, "DOB", person.birthDate().digits());
    }
    for (PersonIdentifier id : person.identifiers()) {
      if (id.authority().equals(identifierAuthority)) {
        add(record, "IDENTIFIER", id.value());
        break;
      }
    }
    if (!person.phones().isEmpty()) {
      add(record, "PHONE", person.phones().get(0));
    }
    if (person.sex() != Sex.UNKNOWN) {
      add(record, "SEX", person.sex().name());
    }
    return record;
  }

  private static void add(RecordImpl record, String property, String value) {
    if (value != null && !value.isBlank()) {
      record.addValue(property, value);
    }
  }
}
