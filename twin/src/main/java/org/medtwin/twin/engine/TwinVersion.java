package org.medtwin.twin.engine;

import java.time.Instant;
import java.util.List;

/**
 * One immutable version of a twin, with its provenance: which store facts it was made from, by which
 * run, and the version it follows.
 *
 * @param patientId the patient
 * @param branch {@value TwinVersions#MAIN} for the real patient, or a fork's name
 * @param version 1, 2, ... within the branch
 * @param parentBranch the branch of the version it follows, or null for the first
 * @param parentVersion the version it follows, or null for the first
 * @param createdAt when it was made
 * @param reason why: first assembly, new facts, or a scenario
 * @param factsHash the hash of the facts behind it
 * @param twin the twin
 * @param provenance the store rows behind it
 * @param runId the run that made it
 */
public record TwinVersion(
    String patientId,
    String branch,
    int version,
    String parentBranch,
    Integer parentVersion,
    Instant createdAt,
    String reason,
    String factsHash,
    PatientTwin twin,
    List<FactRef> provenance,
    String runId) {

  public TwinVersion {
    provenance = List.copyOf(provenance);
  }

  /** "main@3" or "try-gentamicin@1". */
  public String label() {
    return branch + "@" + version;
  }
}
