package org.medtwin.fusion.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.ClinicalRecord;

/**
 * One fact of the golden record with every source fact that reported it; the source facts stay as
 * they are.
 *
 * @param id a stable id derived from the person and the source facts, so a re-run gives the same id
 * @param fact the representative source fact (from the most trusted source)
 * @param sourceFacts every source fact merged into it, the representative first
 */
public record MergedFact(String id, ClinicalRecord fact, List<ClinicalRecord> sourceFacts) {

  public MergedFact {
    sourceFacts = List.copyOf(sourceFacts);
  }

  /** Merges source facts (representative first) of a person into one fact. */
  static MergedFact of(String personId, List<? extends ClinicalRecord> sourceFacts) {
    ClinicalRecord first = sourceFacts.get(0);
    StringBuilder key = new StringBuilder(personId).append('\n').append(type(first));
    sourceFacts.stream()
        .map(f -> f.provenance().sourceSystem() + "\u0000" + f.id())
        .sorted()
        .forEach(k -> key.append('\n').append(k));
    return new MergedFact(type(first) + "-" + digest(key.toString()), first, List.copyOf(sourceFacts));
  }

  /** The provenance of every source fact. */
  public List<Provenance> provenances() {
    return sourceFacts.stream().map(ClinicalRecord::provenance).toList();
  }

  /** The fact's record type, e.g. {@code Observation}. */
  public String type() {
    return type(fact);
  }

  private static String type(ClinicalRecord fact) {
    return fact.getClass().getSimpleName();
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256.", e);
    }
  }
}
