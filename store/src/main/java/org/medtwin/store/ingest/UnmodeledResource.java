package org.medtwin.store.ingest;

import java.util.Objects;

/**
 * A source resource the clinical model does not cover yet (a FHIR Claim, a Provenance), kept
 * whole so that a later version can read it.
 *
 * @param source the source's name
 * @param type the resource type, e.g. {@code ExplanationOfBenefit}
 * @param id the resource's id in its source
 * @param patientId the patient it refers to, or {@code null}
 * @param json the resource's JSON as the source sent it
 */
public record UnmodeledResource(
    String source, String type, String id, String patientId, String json) {

  public UnmodeledResource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(json, "json");
  }
}
