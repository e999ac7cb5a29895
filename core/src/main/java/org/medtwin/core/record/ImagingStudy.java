package org.medtwin.core.record;

import java.time.Instant;
import java.util.List;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;

/**
 * The metadata of an imaging study; the pixels stay in the PACS.
 *
 * @param id the source's id
 * @param patientId the source's patient id
 * @param encounterId the encounter it belongs to, or {@code null}
 * @param studyUid the DICOM study instance UID, or {@code null}
 * @param status FHIR status ({@code available}, ...)
 * @param started when it started, or {@code null}
 * @param modalities the modalities (DICOM DCM codes such as {@code CT})
 * @param bodySite the body site imaged, or {@code null}
 * @param procedure the procedure code, or {@code null}
 * @param numberOfSeries the number of series, or {@code null}
 * @param numberOfInstances the number of instances, or {@code null}
 * @param provenance where the record came from
 */
public record ImagingStudy(
    String id,
    String patientId,
    String encounterId,
    String studyUid,
    String status,
    Instant started,
    List<Coding> modalities,
    Coding bodySite,
    Coding procedure,
    Integer numberOfSeries,
    Integer numberOfInstances,
    Provenance provenance)
    implements ClinicalRecord {

  public ImagingStudy {
    Require.text(id, "ImagingStudy", "id");
    Require.text(patientId, "ImagingStudy " + id, "patient reference");
    Require.text(status, "ImagingStudy " + id, "status");
    Require.present(provenance, "ImagingStudy " + id, "provenance");
    modalities = Require.list(modalities);
  }

  @Override
  public ImagingStudy inRun(String runId) {
    return new ImagingStudy(
        id, patientId, encounterId, studyUid, status, started, modalities, bodySite, procedure,
        numberOfSeries, numberOfInstances, provenance.inRun(runId));
  }
}
