package org.medtwin.store.ingest;

/**
 * What one batch, or one whole run, did with one source's records; {@code read = loaded +
 * unchanged + quarantined} always holds.
 *
 * @param loaded records new to the store, or changed since they were stored
 * @param unchanged records already in the store with the same content
 * @param quarantined records no reader could accept
 */
public record SourceCounts(long loaded, long unchanged, long quarantined) {

  /** Nothing yet. */
  public static final SourceCounts ZERO = new SourceCounts(0, 0, 0);

  /** Every record read. */
  public long read() {
    return loaded + unchanged + quarantined;
  }

  /** The sum of two counts. */
  public SourceCounts plus(SourceCounts other) {
    return new SourceCounts(
        loaded + other.loaded, unchanged + other.unchanged, quarantined + other.quarantined);
  }
}
