package org.medtwin.fusion.link.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.LinkSettings;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.score.EmSettings;
import org.medtwin.fusion.link.score.FieldWeight;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.score.TrainingSettings;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.ingest.IngestBatch;
import org.medtwin.store.person.PersonIndexTables;
import org.medtwin.store.person.PersonLink;
import org.medtwin.store.testing.TestStores;

/** The master patient index over a real store: full, incremental, decisions, explanations. */
class PersonIndexIT {

  private static final long SEED = 7L;
  private static final String[] GIVEN = {"james", "mary", "robert", "patricia", "john",
      "jennifer", "michael", "linda", "william", "elizabeth", "david", "barbara", "richard",
      "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen"};
  private static final String[] SURNAME = {"smith", "johnson", "williams", "brown", "jones",
      "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez",
      "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez",
      "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson"};
  private static final String[] STREET = {"Maple", "Oak", "Pine", "Cedar", "Elm", "Birch"};

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void link_placesEveryRecord_andAFullRerunKeepsEveryPersonId(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      Network network = simulate(150);
      ingest(store, network.patients());
      PersonIndex index = new PersonIndex(store, settings());

      LinkSummary first = index.link(true);
      List<PersonLink> firstLinks = new PersonIndexTables(store).links();
      LinkSummary second = index.link(true);

      assertThat(first.records()).isEqualTo(network.patients().size());
      assertThat(firstLinks).hasSize(network.patients().size());
      assertThat(first.persons()).isBetween(140L, 160L);
      assertThat(personIds(new PersonIndexTables(store).links())).isEqualTo(personIds(firstLinks));
      assertThat(second.persons()).isEqualTo(first.persons());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void linker_keepsHumanSplitAndConfirmationAcrossReruns(Dialect dialect) {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      Network network = simulate(150);
      ingest(store, network.patients());
      PersonIndex index = new PersonIndex(store, settings());
      index.link(true);
      Map<RecordKey, String> ids = personIds(new PersonIndexTables(store).links());
      RecordKey a0 = new RecordKey("hospital-a", "A0");
      RecordKey b0 = new RecordKey("hospital-b", "B0");
      RecordKey a1 = new RecordKey("hospital-a", "A1");
      RecordKey b2 = new RecordKey("hospital-b", "B2");
      assertThat(ids.get(a0)).isEqualTo(ids.get(b0));
      assertThat(ids.get(a1)).isNotEqualTo(ids.get(b2));

      index.decide(a0, b0, false, "dr who", "twins, different MRNs on the ward");
      index.decide(a1, b2, true, "dr who", "same passport");
      index.link(false);
      Map<RecordKey, String> incremental = personIds(new PersonIndexTables(store).links());
      index.link(true);
      Map<RecordKey, String> full = personIds(new PersonIndexTables(store).links());
      index.link(false);
      Map<RecordKey, String> again = personIds(new PersonIndexTables(store).links());

      for (Map<RecordKey, String> run : List.of(incremental, full, again)) {
        assertThat(run.get(a0)).isNotEqualTo(run.get(b0));
        assertThat(run.get(a1)).isEqualTo(run.get(b2));
      }
      // The person that held A0 and B0 keeps its id on the side with the smaller key.
      assertThat(full.get(a0)).isEqualTo(ids.get(a0));
    }
  }

  @Test
  void incrementalLink_givesTheSamePersonsAsAFullRelink_andKeepsEarlierIds() {
    try (PatientStore store = PatientStore.open(TestStores.duckDb(tempDir))) {
      Network network = simulate(400);
      List<Patient> early = new ArrayList<>();
      List<Patient> late = new ArrayList<>();
      for (Patient p : network.patients()) {
        (p.provenance().sourceSystem().equals("hospital-b")
            && Integer.parseInt(p.id().substring(1)) % 3 == 0 ? late : early).add(p);
      }
      ingest(store, early);
      PersonIndex index = new PersonIndex(store, settings());
      index.link(true);
      Map<RecordKey, String> before = personIds(new PersonIndexTables(store).links());
      ingest(store, late);

      LinkSummary incremental = index.link(false);
      Map<RecordKey, String> afterIncremental = personIds(new PersonIndexTables(store).links());
      index.link(true);
      Map<RecordKey, String> afterFull = personIds(new PersonIndexTables(store).links());

      assertThat(incremental.mode()).isEqualTo("incremental");
      assertThat(incremental.newRecords()).isEqualTo(late.size());
      assertThat(partition(afterIncremental)).isEqualTo(partition(afterFull));
      long kept = before.entrySet().stream()
          .filter(e -> e.getValue().equals(afterIncremental.get(e.getKey()))).count();
      assertThat(kept).isEqualTo(before.size());
    }
  }

  @Test
  void explain_addsTheFieldWeightsUpToTheTotal() {
    try (PatientStore store = PatientStore.open(TestStores.duckDb(tempDir))) {
      ingest(store, simulate(150).patients());
      PersonIndex index = new PersonIndex(store, settings());
      index.link(true);

      MatchWeight weight = index.explain(
          new RecordKey("hospital-a", "A0"), new RecordKey("hospital-b", "B0"));

      double sum = weight.parts().stream().mapToDouble(FieldWeight::weight).sum();
      assertThat(weight.weight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(weight.probability()).isGreaterThan(0.5);
      assertThatThrownBy(() -> index.explain(
          new RecordKey("hospital-a", "A0"), new RecordKey("hospital-b", "nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("No patient record hospital-b:nope");
    }
  }

  private static LinkSettings linkSettings() {
    LinkSettings defaults = LinkSettings.defaults(PairScope.ACROSS_SOURCES, SEED);
    return new LinkSettings(defaults.scope(), defaults.blockingRules(), defaults.maxBucketSize(),
        defaults.comparisons(),
        new TrainingSettings(20_000, SEED, EmSettings.defaults(), true, List.of()),
        defaults.clustering());
  }

  private static IndexSettings settings() {
    return new IndexSettings(linkSettings(), "1");
  }

  private static Map<RecordKey, String> personIds(List<PersonLink> links) {
    Map<RecordKey, String> ids = new HashMap<>();
    for (PersonLink link : links) {
      ids.put(new RecordKey(link.source(), link.recordId()), link.personId());
    }
    return ids;
  }

  /** The persons as sets of record keys, whatever their ids. */
  private static java.util.Set<java.util.Set<RecordKey>> partition(Map<RecordKey, String> ids) {
    Map<String, java.util.Set<RecordKey>> persons = new HashMap<>();
    ids.forEach((key, id) -> persons.computeIfAbsent(id, i -> new java.util.HashSet<>()).add(key));
    return new java.util.HashSet<>(persons.values());
  }

  private static void ingest(PatientStore store, List<Patient> patients) {
    IngestBatch batch = store.newBatch("test-run");
    for (Patient p : patients) {
      batch.accept(p.provenance().sourceSystem(), p.id(), Integer.toHexString(p.hashCode()),
          "patients", p.id(), List.of(p), List.of(), List.of());
    }
    batch.commit();
  }

  private record Network(List<Patient> patients) {}

  /**
   * People in two hospitals: everyone in A, 80% in B with a nickname-free typo now and then, a
   * reformatted phone, and sometimes a moved address.
   */
  private static Network simulate(int people) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Patient> patients = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      String given = GIVEN[random.nextInt(GIVEN.length)];
      String surname = SURNAME[random.nextInt(SURNAME.length)];
      LocalDate birth = LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      String phone = String.format("555%07d", random.nextInt(10_000_000));
      String street = (1 + random.nextInt(300)) + " " + STREET[random.nextInt(STREET.length)]
          + " Street";
      String zip = String.format("0%04d", 1000 + random.nextInt(1500));
      Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      patients.add(patient("hospital-a", "A" + p, given, surname, birth, sex, phone, street, zip));
      if (p < 3 || random.nextDouble() < 0.8) {
        String givenB = p > 2 && random.nextDouble() < 0.2 ? typo(given, random) : given;
        String streetB = p > 2 && random.nextDouble() < 0.2 ? "9 Other Road" : street;
        String phoneB = "(" + phone.substring(0, 3) + ") " + phone.substring(3, 6) + "-"
            + phone.substring(6);
        patients.add(patient("hospital-b", "B" + p, givenB, surname, birth, sex, phoneB, streetB,
            zip));
      }
    }
    return new Network(patients);
  }

  private static String typo(String text, SplittableRandom random) {
    int at = 1 + random.nextInt(text.length() - 1);
    return text.substring(0, at) + "x" + text.substring(at + 1);
  }

  private static Patient patient(String source, String id, String given, String family,
      LocalDate birth, Sex sex, String phone, String street, String zip) {
    return new Patient(id, List.of(), List.of(new HumanName("official", family, List.of(given),
        List.of())), birth, sex,
        List.of(new Address(List.of(street), "Springfield", "MA", zip, "US")),
        List.of(new ContactPoint("phone", phone, "home")), null,
        Provenance.fromSource(source, "Patient/" + id));
  }
}
