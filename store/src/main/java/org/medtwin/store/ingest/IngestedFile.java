package org.medtwin.store.ingest;

/**
 * A source file that an ingest run read to its end and committed, so that a later run with the
 * same bytes can skip it.
 *
 * @param source the source's name
 * @param path the file's path relative to the source folder
 * @param sizeBytes its size
 * @param sha256 the SHA-256 of its bytes, hex
 * @param records how many source records it held
 * @param quarantined how many of those went to the quarantine
 * @param runId the run that committed it
 */
public record IngestedFile(
    String source, String path, long sizeBytes, String sha256, long records, long quarantined,
    String runId) {}
