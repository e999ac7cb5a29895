package org.medtwin.fusion.merge.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.medtwin.fusion.merge.GoldenRecord;
import org.medtwin.fusion.merge.GoldenRecordMerger;
import org.medtwin.fusion.merge.PersonRecords;
import org.medtwin.fusion.merge.SurvivorshipPolicy;
import org.medtwin.store.PatientStore;

/** Builds the golden record of every person the master patient index links and stores them. */
public final class StoreMerge {

  private final PatientStore store;
  private final GoldenRecordMerger merger;

  /** A merge of the given store's linked persons under the given policy. */
  public StoreMerge(PatientStore store, SurvivorshipPolicy policy) {
    this.store = store;
    this.merger = new GoldenRecordMerger(policy);
  }

  /**
   * Merges every linked person in a new run.
   *
   * @throws org.medtwin.store.StoreException when the store cannot be read or written
   */
  public MergeSummary run() {
    List<GoldenRecord> golden = new ArrayList<>();
    for (PersonRecords person : new LinkedPersons(store).read()) {
      golden.add(merger.merge(person));
    }
    return new GoldenRecordWriter(store).write(golden, UUID.randomUUID().toString());
  }
}
