package org.medtwin.governance.audit;

/**
 * One entry of the audit trail: an event with its place in the chain.
 *
 * @param sequence its position, from 1 without gaps
 * @param recordedAt when it was written, ISO-8601 UTC
 * @param event what happened
 * @param previousHash the hash of the entry before (64 zeros for the first)
 * @param entryHash SHA-256 of the previous hash and this entry's canonical form
 */
public record AuditEntry(
    long sequence, String recordedAt, AuditEvent event, String previousHash, String entryHash) {}
