package org.medtwin.governance.deid;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.AllergyIntolerance;
import org.medtwin.core.record.CarePlan;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Condition;
import org.medtwin.core.record.Device;
import org.medtwin.core.record.Encounter;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.ImagingStudy;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.MedicationAdministration;
import org.medtwin.core.record.MedicationRequest;
import org.medtwin.core.record.Observation;
import org.medtwin.core.record.ObservationComponent;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Procedure;

/**
 * De-identifies core records under HIPAA Safe Harbor (45 CFR 164.514(b)(2)): the 18 identifier
 * kinds removed or generalised, ids replaced by keyed-HMAC pseudonyms, dates reduced to the year
 * or shifted per patient, free text scrubbed. Records of one patient keep joining: their patient
 * id, record ids and date shift all derive from the same key. Codes, values and units stay.
 *
 * <p>What each record kind loses is listed in {@code governance/README.md}; in short: patient
 * names, identifiers, telecom, street and city go; the ZIP code keeps its first three digits (000
 * for restricted prefixes); a birth date over 89 years ago becomes the year that makes the patient
 * 90; device UDIs go; DICOM study UIDs become {@code 2.25} pseudonyms; the provenance's source
 * record id becomes a pseudonym.
 */
public final class Deidentifier {

  private final DeidentificationSettings settings;
  private final Pseudonyms pseudonyms;
  private final ZipCodes zipCodes;
  private final NoteScrubber scrubber;

  /** A de-identifier with the shipped ZIP list. */
  public Deidentifier(DeidentificationSettings settings) {
    this(settings, ZipCodes.standard());
  }

  /** A de-identifier with this ZIP list. */
  public Deidentifier(DeidentificationSettings settings, ZipCodes zipCodes) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pseudonyms = new Pseudonyms(settings.key());
    this.zipCodes = Objects.requireNonNull(zipCodes, "zipCodes");
    this.scrubber = new NoteScrubber();
  }

  /** The settings it applies. */
  public DeidentificationSettings settings() {
    return settings;
  }

  /** The pseudonyms it writes, for callers that must map their own ids the same way. */
  public Pseudonyms pseudonyms() {
    return pseudonyms;
  }

  /** A patient id's pseudonym, as {@link #deidentify} writes it into every record. */
  public String patientPseudonym(String patientId) {
    return pseudonyms.patient(patientId);
  }

  /** The record de-identified, its free text scrubbed by patterns alone. */
  public ClinicalRecord deidentify(ClinicalRecord record) {
    return deidentify(record, IdentifyingText.none());
  }

  /**
   * The record de-identified, its free text scrubbed also of what is known about its patient
   * (build {@code known} with {@link IdentifyingText#of} from the patient's source records).
   */
  public ClinicalRecord deidentify(ClinicalRecord record, IdentifyingText known) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(known, "known");
    PatientDates dates = datesOf(record.patientId());
    String patient = pseudonyms.patient(record.patientId());
    Provenance provenance = provenance(record.provenance());
    if (record instanceof Patient p) {
      return patient(p, dates, provenance);
    } else if (record instanceof Encounter e) {
      return new Encounter(
          pseudonyms.record(e.id()), patient, e.status(), e.encounterClass(), e.type(),
          dates.instant(e.start()), dates.instant(e.end()), e.reason(), provenance);
    } else if (record instanceof Condition c) {
      return new Condition(
          pseudonyms.record(c.id()), patient, pseudonyms.record(c.encounterId()), c.code(),
          c.clinicalStatus(), dates.instant(c.onset()), dates.instant(c.abatement()), provenance);
    } else if (record instanceof Observation o) {
      return observation(o, patient, dates, provenance, known);
    } else if (record instanceof MedicationRequest m) {
      return new MedicationRequest(
          pseudonyms.record(m.id()), patient, pseudonyms.record(m.encounterId()), m.status(),
          m.intent(), m.medication(), dates.instant(m.authoredOn()),
          scrubber.scrub(m.dosageText(), known), m.reason(), provenance);
    } else if (record instanceof MedicationAdministration m) {
      return new MedicationAdministration(
          pseudonyms.record(m.id()), patient, pseudonyms.record(m.encounterId()), m.status(),
          m.medication(), dates.instant(m.effective()), m.dose(), m.route(), provenance);
    } else if (record instanceof Procedure p) {
      return new Procedure(
          pseudonyms.record(p.id()), patient, pseudonyms.record(p.encounterId()), p.status(),
          p.code(), dates.instant(p.start()), dates.instant(p.end()), p.reason(), provenance);
    } else if (record instanceof Immunization i) {
      return new Immunization(
          pseudonyms.record(i.id()), patient, pseudonyms.record(i.encounterId()), i.status(),
          i.vaccine(), dates.instant(i.occurrence()), provenance);
    } else if (record instanceof AllergyIntolerance a) {
      return new AllergyIntolerance(
          pseudonyms.record(a.id()), patient, a.code(), a.clinicalStatus(),
          a.verificationStatus(), a.type(), a.category(), a.criticality(),
          dates.instant(a.recorded()), a.reactions(), provenance);
    } else if (record instanceof ImagingStudy i) {
      return new ImagingStudy(
          pseudonyms.record(i.id()), patient, pseudonyms.record(i.encounterId()),
          pseudonyms.uid(i.studyUid()), i.status(), dates.instant(i.started()), i.modalities(),
          i.bodySite(), i.procedure(), i.numberOfSeries(), i.numberOfInstances(), provenance);
    } else if (record instanceof ClinicalNote n) {
      return new ClinicalNote(
          pseudonyms.record(n.id()), patient, pseudonyms.record(n.encounterId()), n.status(),
          n.type(), dates.instant(n.date()), n.contentType(), scrubber.scrub(n.text(), known),
          provenance);
    } else if (record instanceof Device d) {
      // The UDI is a device identifier (Safe Harbor kind M): it goes entirely.
      return new Device(
          pseudonyms.record(d.id()), patient, d.type(), d.status(), null,
          dates.instant(d.start()), dates.instant(d.end()), provenance);
    } else if (record instanceof CarePlan c) {
      return new CarePlan(
          pseudonyms.record(c.id()), patient, pseudonyms.record(c.encounterId()), c.status(),
          c.category(), dates.instant(c.start()), dates.instant(c.end()), c.activities(),
          c.reason(), provenance);
    }
    throw new IllegalArgumentException(
        "No de-identification for " + record.getClass().getSimpleName() + " records.");
  }

  /** Every record of a list de-identified, in order. */
  public List<ClinicalRecord> deidentifyAll(
      List<? extends ClinicalRecord> records, IdentifyingText known) {
    List<ClinicalRecord> out = new ArrayList<>(records.size());
    for (ClinicalRecord record : records) {
      out.add(deidentify(record, known));
    }
    return out;
  }

  private Patient patient(Patient p, PatientDates dates, Provenance provenance) {
    String pseudonym = pseudonyms.patient(p.id());
    LocalDate reference =
        p.deceased() != null
            ? p.deceased().atZone(ZoneOffset.UTC).toLocalDate()
            : settings.extractDate();
    return new Patient(
        pseudonym,
        List.of(new Identifier(Pseudonyms.SYSTEM, pseudonym, null)),
        List.of(),
        dates.birthDate(p.birthDate(), reference),
        p.sex(),
        addresses(p.addresses()),
        List.of(),
        dates.instant(p.deceased()),
        provenance);
  }

  /** State, country and the three-digit ZIP survive; street and city go; repeats collapse. */
  private List<Address> addresses(List<Address> addresses) {
    Set<Address> kept = new LinkedHashSet<>();
    for (Address address : addresses) {
      Address general =
          new Address(
              List.of(), null, address.state(), zipCodes.generalize(address.postalCode()),
              address.country());
      if (general.state() != null || general.postalCode() != null || general.country() != null) {
        kept.add(general);
      }
    }
    return List.copyOf(kept);
  }

  private Observation observation(
      Observation o, String patient, PatientDates dates, Provenance provenance,
      IdentifyingText known) {
    List<ObservationComponent> components = new ArrayList<>();
    for (ObservationComponent component : o.components()) {
      components.add(new ObservationComponent(component.code(), value(component.value(), known)));
    }
    return new Observation(
        pseudonyms.record(o.id()), patient, pseudonyms.record(o.encounterId()), o.status(),
        o.category(), o.code(), dates.instant(o.effective()), value(o.value(), known),
        value(o.sourceValue(), known), o.sourceCode(), o.referenceRange(), o.interpretation(),
        components, provenance);
  }

  private ObservationValue value(ObservationValue value, IdentifyingText known) {
    if (value instanceof ObservationValue.Text text) {
      return new ObservationValue.Text(scrubber.scrub(text.text(), known));
    }
    return value;
  }

  private Provenance provenance(Provenance provenance) {
    return new Provenance(
        provenance.sourceSystem(), pseudonyms.record(provenance.sourceRecordId()),
        provenance.ingestRun());
  }

  private PatientDates datesOf(String patientId) {
    int shift =
        settings.dates() == DateHandling.SHIFT
            ? pseudonyms.shiftDays(patientId, settings.maxShiftDays())
            : 0;
    return new PatientDates(settings.dates(), shift);
  }
}
