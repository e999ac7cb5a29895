package org.medtwin.store.quarantine;

/**
 * A record in the quarantine, as a person reviewing it sees it.
 *
 * @param source the source's name
 * @param file the file it came from
 * @param location where in the file
 * @param reason what is wrong
 * @param rawLength the raw record's full length in bytes
 * @param raw the stored raw bytes (the first megabyte of longer records)
 * @param runId the run that first quarantined it
 */
public record QuarantinedRecord(
    String source, String file, String location, String reason, long rawLength, byte[] raw,
    String runId) {}
