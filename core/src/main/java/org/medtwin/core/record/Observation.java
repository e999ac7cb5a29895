package org.medtwin.core.record;

import java.time.Instant;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.ReferenceRange;
import org.medtwin.core.provenance.Provenance;

/**
 * A measurement or finding: a lab result, a vital sign, a survey answer.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it belongs to, or {@code null}
 * @param status FHIR observation status ({@code final}, {@code preliminary}, {@code amended}, ...)
 * @param category FHIR category code ({@code laboratory}, {@code vital-signs}, ...), or {@code
 *     null}
 * @param code what was observed, after translation to a standard code where the site's concept
 *     map allows
 * @param effective when it was observed, or {@code null}
 * @param value the value after unit translation, or {@code null} (panels carry components)
 * @param sourceValue the value exactly as the source sent it when translation changed it, else
 *     {@code null}; keeps the original unit and code next to the standardized one
 * @param sourceCode the source's code when translation replaced it, else {@code null}
 * @param referenceRange the normal range, or {@code null}
 * @param interpretation abnormal flag ({@code H}, {@code L}, {@code N}, ...), or {@code null}
 * @param components parts of a multi-part observation
 * @param provenance where the record came from
 */
public record Observation(
    String id,
    String patientId,
    String encounterId,
    String status,
    String category,
    Coding code,
    Instant effective,
    ObservationValue value,
    ObservationValue sourceValue,
    Coding sourceCode,
    ReferenceRange referenceRange,
    String interpretation,
    List<ObservationComponent> components,
    Provenance provenance)
    implements ClinicalRecord {

  public Observation {
    Require.text(id, "Observation", "id");
    Require.text(patientId, "Observation " + id, "patient reference");
    Require.text(status, "Observation " + id, "status");
    Require.present(code, "Observation " + id, "code");
    Require.present(provenance, "Observation " + id, "provenance");
    components = Require.list(components);
    interpretation = Require.optional(interpretation);
  }

  @Override
  public Observation inRun(String runId) {
    return new Observation(
        id, patientId, encounterId, status, category, code, effective, value, sourceValue,
        sourceCode, referenceRange, interpretation, components, provenance.inRun(runId));
  }
}
