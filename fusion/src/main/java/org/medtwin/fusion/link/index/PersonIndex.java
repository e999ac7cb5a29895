package org.medtwin.fusion.link.index;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.medtwin.fusion.link.HumanDecisions;
import org.medtwin.fusion.link.LinkResult;
import org.medtwin.fusion.link.PairDecision;
import org.medtwin.fusion.link.RecordLinker;
import org.medtwin.fusion.link.block.PairScope;
import org.medtwin.fusion.link.score.FellegiSunterModel;
import org.medtwin.fusion.link.score.MatchWeight;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;
import org.medtwin.store.person.LinkDecision;
import org.medtwin.store.person.LinkDecisions;
import org.medtwin.store.person.LinkRun;
import org.medtwin.store.person.PersonIndexTables;
import org.medtwin.store.person.PersonLink;

/**
 * The master patient index of a store: links every source's patient records into persons with
 * ids that stay stable across runs, obeys human link decisions, places late records
 * incrementally, and explains any pair.
 */
public final class PersonIndex {

  private static final int STEPS = 3;

  private final PatientStore store;
  private final IndexSettings settings;
  private final PersonIndexTables tables;
  private final LinkDecisions decisions;

  /** The index of a store. */
  public PersonIndex(PatientStore store, IndexSettings settings) {
    this.store = store;
    this.settings = settings;
    this.tables = new PersonIndexTables(store);
    this.decisions = new LinkDecisions(store);
  }

  /**
   * Links the store's patients: from scratch when {@code full} or when no earlier run left a
   * model, otherwise only the records that are new or changed since the last run (and those a
   * person has decided about since).
   *
   * @throws IllegalArgumentException when the store holds fewer than two patient records
   */
  public LinkSummary link(boolean full) {
    return link(full, LinkProgress.NONE);
  }

  /**
   * Links the store's patients as {@link #link(boolean)} does, telling the progress which step
   * it is on.
   *
   * @throws IllegalArgumentException when the store holds fewer than two patient records
   */
  public LinkSummary link(boolean full, LinkProgress progress) {
    progress.step(1, STEPS, "reading patients");
    long started = System.nanoTime();
    LocalDateTime startedAt = LocalDateTime.now(ZoneOffset.UTC);
    List<StoredPatient> patients = new StoredPatients(settings.standardizer()).read(store);
    if (patients.size() < 2) {
      throw new IllegalArgumentException("The store " + store.location().redacted() + " holds "
          + patients.size() + " patient record(s); linkage needs at least two. Maybe run"
          + " 'medtwin ingest DIR' first?");
    }
    List<PersonRecord> records = patients.stream().map(StoredPatient::person).toList();
    Map<RecordKey, PersonLink> earlier = new HashMap<>();
    for (PersonLink link : tables.links()) {
      earlier.put(new RecordKey(link.source(), link.recordId()), link);
    }
    List<String> earlierId = new ArrayList<>(records.size());
    for (PersonRecord record : records) {
      PersonLink link = earlier.get(record.key());
      earlierId.add(link == null ? null : link.personId());
    }
    List<LinkDecision> stored = decisions.all();
    List<PairDecision> pairDecisions = stored.stream().map(PersonIndex::pairDecision).toList();
    Optional<LinkRun> last = tables.latestRun();
    boolean incremental = !full && last.isPresent() && !earlier.isEmpty()
        && !tables.model(last.get().modelRunId()).isEmpty();

    String runId = UUID.randomUUID().toString();
    progress.step(2, STEPS, incremental ? "placing new records" : "linking all records");
    Placement placement;
    boolean[] fresh = new boolean[records.size()];
    if (incremental) {
      for (int i = 0; i < records.size(); i++) {
        PersonLink link = earlier.get(records.get(i).key());
        fresh[i] = link == null || !link.contentHash().equals(patients.get(i).contentHash());
      }
      markDecidedSince(last.get().startedAt(), stored, records, fresh);
      placement = new IncrementalLinking(settings.link()).place(
          records, fresh, earlierId, storedModel(last.get(), records),
          new HumanDecisions(records, pairDecisions));
    } else if (!pairsInScope(records)) {
      // One source alone, linked across sources only: every record is its own person, and there
      // is nothing to train on until a second source arrives.
      Arrays.fill(fresh, true);
      List<int[]> singletons = new ArrayList<>(records.size());
      for (int i = 0; i < records.size(); i++) {
        singletons.add(new int[] {i});
      }
      placement = new Placement(singletons, new double[records.size()], 0, null, 0.0);
    } else {
      Arrays.fill(fresh, true);
      LinkResult result = new RecordLinker(settings.link()).link(records, pairDecisions);
      placement = new Placement(
          result.clustering().clusters(),
          Placement.bestProbability(
              records.size(), result.pairs(), result.probability(), result.clustering()),
          result.pairs().size(), result.model(), result.model().prior());
    }
    progress.step(3, STEPS, "writing persons");
    String modelRunId = placement.trained() != null ? runId
        : incremental ? last.get().modelRunId() : "";
    return commit(runId, modelRunId, incremental, startedAt, started, patients, earlierId, fresh,
        placement);
  }

  private boolean pairsInScope(List<PersonRecord> records) {
    return settings.link().scope() == PairScope.ALL_PAIRS
        || records.stream().map(PersonRecord::source).distinct().count() > 1;
  }

  private LinkSummary commit(
      String runId, String modelRunId, boolean incremental, LocalDateTime startedAt, long started,
      List<StoredPatient> patients, List<String> earlierId, boolean[] fresh, Placement placement) {
    List<PersonRecord> records = patients.stream().map(StoredPatient::person).toList();
    Set<Integer> placed = new HashSet<>();
    for (int[] cluster : placement.clusters()) {
      for (int i : cluster) {
        placed.add(i);
      }
    }
    Set<String> reserved = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      if (!placed.contains(i) && earlierId.get(i) != null) {
        reserved.add(earlierId.get(i));
      }
    }
    List<String> ids = StableIds.assign(placement.clusters(), records, earlierId, reserved);
    List<PersonLink> links = new ArrayList<>();
    Set<String> persons = new HashSet<>(reserved);
    for (int c = 0; c < placement.clusters().size(); c++) {
      persons.add(ids.get(c));
      for (int i : placement.clusters().get(c)) {
        links.add(new PersonLink(records.get(i).source(), records.get(i).recordId(), ids.get(c),
            runId, placement.bestProbability()[i], patients.get(i).contentHash()));
      }
    }
    long freshCount = 0;
    for (boolean f : fresh) {
      freshCount += f ? 1 : 0;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    LinkRun run = new LinkRun(runId, incremental ? "incremental" : "full", startedAt, seconds,
        records.size(), freshCount, persons.size(), placement.pairsCompared(), modelRunId,
        placement.prior());
    tables.commit(run,
        placement.trained() == null ? List.of() : StoredModel.levels(placement.trained()),
        links, !incremental);
    return new LinkSummary(runId, run.mode(), records.size(), freshCount, persons.size(),
        placement.pairsCompared(), seconds);
  }

  /**
   * The per-field weights of two stored patient records under the latest model, whether or not
   * blocking ever paired them.
   *
   * @throws IllegalArgumentException when a record is not in the store or nothing was linked yet
   */
  public MatchWeight explain(RecordKey a, RecordKey b) {
    List<PersonRecord> records = new StoredPatients(settings.standardizer()).read(store).stream()
        .map(StoredPatient::person).toList();
    LinkRun last = tables.latestRun().orElseThrow(() -> new IllegalArgumentException(
        "Nothing is linked in " + store.location().redacted() + " yet. Run 'medtwin link' first."));
    if (last.modelRunId().isEmpty()) {
      throw new IllegalArgumentException("The store holds one source only, so no model was"
          + " trained yet. Ingest a second source and run 'medtwin link'.");
    }
    return storedModel(last, records).explain(find(records, a), find(records, b));
  }

  /**
   * Records a person's decision on a pair; the next linkage run obeys it, and so does every run
   * after it.
   *
   * @throws IllegalArgumentException when a record is not in the store, or both are one record
   */
  public void decide(RecordKey a, RecordKey b, boolean same, String decidedBy, String reason) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("A decision needs two different records, got " + a + " twice.");
    }
    List<PersonRecord> records = new StoredPatients(settings.standardizer()).read(store).stream()
        .map(StoredPatient::person).toList();
    find(records, a);
    find(records, b);
    decisions.add(new LinkDecision(a.source(), a.recordId(), b.source(), b.recordId(), same,
        decidedBy, LocalDateTime.now(ZoneOffset.UTC), reason));
  }

  private PersonRecord find(List<PersonRecord> records, RecordKey key) {
    for (PersonRecord record : records) {
      if (record.key().equals(key)) {
        return record;
      }
    }
    throw new IllegalArgumentException("No patient record " + key.source() + ":" + key.recordId()
        + " in " + store.location().redacted() + ". Records are named SOURCE:PATIENT_ID, as"
        + " 'medtwin persons export' lists them.");
  }

  /**
   * The stored model of the run, its prior rescaled to today's records: true matches grow with
   * the records, all pairs with their square, so the prior falls in proportion.
   */
  private FellegiSunterModel storedModel(LinkRun last, List<PersonRecord> records) {
    List<org.medtwin.store.person.ModelLevel> levels = tables.model(last.modelRunId());
    if (levels.isEmpty()) {
      throw new StoreException("The linkage model of run " + last.modelRunId() + " is missing."
          + " Run 'medtwin link --full'.");
    }
    double prior = Math.min(0.5, last.prior() * last.records() / records.size());
    return StoredModel.restore(settings.link().comparisons(), levels, records, prior);
  }

  /** Records a person decided about since the last run are placed again. */
  private static void markDecidedSince(
      LocalDateTime since, List<LinkDecision> stored, List<PersonRecord> records, boolean[] fresh) {
    Set<RecordKey> decided = new HashSet<>();
    for (LinkDecision d : stored) {
      if (!d.decidedAt().isBefore(since)) {
        decided.add(new RecordKey(d.sourceA(), d.recordA()));
        decided.add(new RecordKey(d.sourceB(), d.recordB()));
      }
    }
    for (int i = 0; i < records.size(); i++) {
      if (decided.contains(records.get(i).key())) {
        fresh[i] = true;
      }
    }
  }

  private static PairDecision pairDecision(LinkDecision d) {
    return new PairDecision(
        new RecordKey(d.sourceA(), d.recordA()), new RecordKey(d.sourceB(), d.recordB()), d.same());
  }
}
