package org.medtwin.fusion.ingest;

/**
 * How an ingest run works.
 *
 * @param batchRecords how many source records go into one transaction; larger batches load
 *     faster, smaller ones lose less work when a run is killed
 */
public record IngestSettings(int batchRecords) {

  /** The settings MedTwin uses unless told otherwise. */
  public static final IngestSettings DEFAULT = new IngestSettings(50_000);

  public IngestSettings {
    if (batchRecords < 1) {
      throw new IllegalArgumentException("batchRecords must be at least 1, not " + batchRecords + ".");
    }
  }
}
