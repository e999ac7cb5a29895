package org.medtwin.fusion.link.standardize;

import java.util.Comparator;

/**
 * The identity of one source record in linkage: the source system and that source's record id.
 *
 * @param source the source system's name
 * @param recordId the record's id inside that source
 */
public record RecordKey(String source, String recordId) implements Comparable<RecordKey> {

  private static final Comparator<RecordKey> ORDER =
      Comparator.comparing(RecordKey::source).thenComparing(RecordKey::recordId);

  public RecordKey {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("A record key needs a non-blank source.");
    }
    if (recordId == null || recordId.isBlank()) {
      throw new IllegalArgumentException("A record key from " + source + " needs a record id.");
    }
  }

  @Override
  public int compareTo(RecordKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return source + "/" + recordId;
  }
}
