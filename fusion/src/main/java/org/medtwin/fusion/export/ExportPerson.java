package org.medtwin.fusion.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;

/**
 * One person as the exports see them: the golden record's demographics where {@code medtwin merge}
 * made one (otherwise those of the person's first source record), and every source record linked
 * to the person.
 *
 * @param personId the master patient index's person id ({@code unlinked-<source>-<id>} for a
 *     patient record no linkage run has placed)
 * @param family the surname, or {@code null}
 * @param given the given names, space separated, or {@code null}
 * @param birthDate the birth date, or {@code null}
 * @param sex the FHIR administrative gender code ({@code male}, {@code female}, {@code other},
 *     {@code unknown})
 * @param addressLine the street lines, or {@code null}
 * @param city the city, or {@code null}
 * @param state the state, or {@code null}
 * @param postalCode the postal code, or {@code null}
 * @param country the country, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param deceased when the person died, or {@code null}
 * @param records the linked source records
 * @param identifiers every identifier the linked records carry
 * @param sourcePatients the linked patient records as their sources sent them (every name,
 *     address and contact), for de-identification to know what to look for in free text
 */
public record ExportPerson(
    String personId,
    String family,
    String given,
    LocalDate birthDate,
    String sex,
    String addressLine,
    String city,
    String state,
    String postalCode,
    String country,
    String phone,
    Instant deceased,
    List<SourceRef> records,
    List<Identifier> identifiers,
    List<Patient> sourcePatients) {

  public ExportPerson {
    records = List.copyOf(records);
    identifiers = List.copyOf(identifiers);
    sourcePatients = List.copyOf(sourcePatients);
  }

  /**
   * One source record of a person.
   *
   * @param source the source system
   * @param id the record's id in the store
   * @param sourceRecordId the source's own record key
   * @param loadedAt when the ingest run that loaded it started, or {@code null}
   */
  public record SourceRef(String source, String id, String sourceRecordId, Instant loadedAt) {}
}
