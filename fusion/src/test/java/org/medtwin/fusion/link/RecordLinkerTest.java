package org.medtwin.fusion.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.evaluate.PairwiseScores;
import org.medtwin.fusion.link.evaluate.Truth;
import org.medtwin.fusion.link.score.EmSettings;
import org.medtwin.fusion.link.score.FieldWeight;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.score.TrainingSettings;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;

/**
 * End to end on core {@link Patient}s: two hospitals hold the same 400 simulated people, the
 * second with nicknames, typos, transposed dates, other phone spellings and abbreviations.
 */
class RecordLinkerTest {

  private static final long SEED = 7L;
  private static final String[] GIVEN = {"william", "robert", "elizabeth", "margaret", "james",
      "katherine", "thomas", "patricia", "michael", "jennifer", "daniel", "susan", "edward",
      "rebecca", "anthony", "deborah", "richard", "samantha", "joseph", "victoria"};
  private static final String[] NICK = {"bill", "bob", "liz", "peggy", "jim", "kate", "tom",
      "trish", "mike", "jenny", "dan", "sue", "ted", "becky", "tony", "debbie", "dick", "sam",
      "joe", "vicky"};
  private static final String[] SURNAME = {"smith", "jones", "nguyen", "brown", "wilson",
      "taylor", "johnson", "white", "martin", "anderson", "thompson", "walker", "harris", "lee",
      "ryan", "robinson", "kelly", "king", "campbell", "clarke", "mitchell", "young", "wright",
      "scott", "green", "baker", "adams", "hall", "murphy", "hill"};
  private static final String[] STREET = {"Wallaby", "Banksia", "Wattle", "Kurrajong", "Jacaranda",
      "Bottlebrush", "Ironbark", "Grevillea", "Waratah", "Boronia"};

  private final Standardizer standardizer = Standardizer.standard("61");

  @Test
  void link_findsTheSamePeopleAcrossTwoHospitals_despiteNicknamesTyposAndFormats() {
    Network network = simulate(400);

    LinkResult result =
        new RecordLinker(settings()).link(network.records);

    Truth truth = new Truth(network.records, network.truth, PairScope.ACROSS_SOURCES);
    PairwiseScores scores = truth.scoreClusters(result.clustering());
    assertThat(truth.blockingRecall(result.blocking().pairs())).isGreaterThanOrEqualTo(0.99);
    // Reached with seed 7: P = R = F1 = 1.0.
    assertThat(scores.f1()).as(scores.toString()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void link_givesEveryRecordTheSamePersonId_whenRerunOnShuffledInput() {
    Network network = simulate(200);
    List<PersonRecord> shuffled = new ArrayList<>(network.records);
    Collections.shuffle(shuffled, new Random(SEED));
    RecordLinker linker = new RecordLinker(settings());

    Map<RecordKey, String> first = personIds(linker.link(network.records));
    Map<RecordKey, String> second = personIds(linker.link(shuffled));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void explain_addsUpToTheWeight_forTheIssuesExamplePair() {
    Network network = simulate(200);
    LinkResult result =
        new RecordLinker(settings()).link(network.records);
    PersonRecord jon = standardizer.person(patient("b", "x1", "Jon", "Smyth",
        LocalDate.of(1980, 4, 3), "+61 2 9876 5432", "12 Wattle St", "2000"));
    PersonRecord jonathan = standardizer.person(patient("a", "x2", "Jonathan", "Smith",
        LocalDate.of(1980, 3, 4), "02 9876 5432", "12 Wattle Street", "2000"));

    MatchWeight weight = result.model().explain(jon, jonathan);

    double sum = weight.parts().stream().mapToDouble(FieldWeight::weight).sum();
    assertThat(weight.weight()).isCloseTo(sum, within(1e-9));
    assertThat(weight.parts()).extracting(FieldWeight::comparison, FieldWeight::level)
        .contains(tuple("given name", "nickname"), tuple("surname", "damerau-levenshtein <= 1"),
            tuple("birth date", "day/month transposed"), tuple("phone", "exact"),
            tuple("street", "exact"));
  }

  /** The defaults with fewer random pairs: 20,000 of at most 160,000 pairs is plenty here. */
  private static LinkSettings settings() {
    LinkSettings defaults = LinkSettings.defaults(PairScope.ACROSS_SOURCES, SEED);
    return new LinkSettings(defaults.scope(), defaults.blockingRules(), defaults.maxBucketSize(),
        defaults.comparisons(),
        new TrainingSettings(20_000, SEED, EmSettings.defaults(), true, List.of()),
        defaults.clustering());
  }

  private static Map<RecordKey, String> personIds(LinkResult result) {
    Map<RecordKey, String> ids = new HashMap<>();
    for (int i = 0; i < result.records().size(); i++) {
      ids.put(result.records().get(i).key(), result.clustering().personOf(i));
    }
    return ids;
  }

  private record Network(List<PersonRecord> records, Map<RecordKey, String> truth) {}

  private Network simulate(int people) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<PersonRecord> records = new ArrayList<>();
    Map<RecordKey, String> truth = new HashMap<>();
    for (int p = 0; p < people; p++) {
      int g = random.nextInt(GIVEN.length);
      String surname = SURNAME[random.nextInt(SURNAME.length)];
      LocalDate birth = LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      String phone = String.format("%08d", random.nextInt(100_000_000));
      int house = 1 + random.nextInt(200);
      String street = STREET[random.nextInt(STREET.length)];
      String postcode = String.valueOf(2000 + random.nextInt(800));

      Patient a = patient("hospital-a", "A" + p, GIVEN[g], surname, birth, "02 " + phone,
          house + " " + street + " Street", postcode);
      String givenB = random.nextDouble() < 0.25 ? NICK[g] : typo(GIVEN[g], random, 0.15);
      LocalDate birthB = random.nextDouble() < 0.1 && birth.getDayOfMonth() <= 12
          ? LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue())
          : birth;
      Patient b = patient("hospital-b", "B" + p, givenB, typo(surname, random, 0.2), birthB,
          random.nextDouble() < 0.2 ? null : "+61 2 " + phone, house + " " + street + " St",
          postcode);
      for (Patient patient : List.of(a, b)) {
        PersonRecord record = standardizer.person(patient);
        records.add(record);
        truth.put(record.key(), "person-" + p);
      }
    }
    return new Network(records, truth);
  }

  private static String typo(String word, SplittableRandom random, double probability) {
    if (random.nextDouble() >= probability) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 1);
    char replacement = (char) ('a' + random.nextInt(26));
    return word.substring(0, at) + replacement + word.substring(at + 1);
  }

  private static Patient patient(String source, String id, String given, String family,
      LocalDate birth, String phone, String line, String postcode) {
    return new Patient(id,
        List.of(new Identifier("urn:mrn:" + source, id, "MR")),
        List.of(new HumanName("official", family, List.of(given), List.of())),
        birth, Sex.UNKNOWN,
        List.of(new Address(List.of(line), "Sydney", "NSW", postcode, "AU")),
        phone == null ? List.of() : List.of(new ContactPoint("phone", phone, "home")),
        null, Provenance.fromSource(source, id));
  }
}
