package org.medtwin.fusion.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.Immunization;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;
import org.medtwin.governance.deid.Deidentifier;
import org.medtwin.governance.deid.IdentifyingText;
import org.medtwin.governance.deid.NoteScrubber;
import org.medtwin.governance.kanon.KAnonymityResult;
import org.medtwin.governance.kanon.KAnonymitySettings;
import org.medtwin.governance.kanon.KAnonymizer;
import org.medtwin.governance.kanon.RiskReport;

/**
 * A de-identifying disclosure built on governance's {@link Deidentifier} (HIPAA Safe Harbor with
 * keyed-HMAC pseudonyms, year-only or per-person shifted dates, the note scrubber) and {@link
 * KAnonymizer} (k-anonymity over birth year, sex and 3-digit ZIP, suppressing who cannot be hidden
 * among k). Every date of one person moves the same way: the person id, not a source's patient id,
 * keys the shift.
 */
public final class DeidentifiedDisclosure implements Disclosure {

  private static final Coding PROBE = new Coding("urn:medtwin:date-probe", "date", null);

  private final Deidentifier deidentifier;
  private final KAnonymitySettings kSettings;
  private final NoteScrubber scrubber = new NoteScrubber();
  private final Map<String, IdentifyingText> known = new HashMap<>();
  private final Map<String, Patient> released = new HashMap<>();
  private KAnonymityResult kAnonymity;

  /** A disclosure applying the de-identifier, then k-anonymity with the settings. */
  public DeidentifiedDisclosure(Deidentifier deidentifier, KAnonymitySettings kSettings) {
    this.deidentifier = deidentifier;
    this.kSettings = kSettings;
  }

  @Override
  public void prepare(List<ExportPerson> persons) {
    Map<String, Patient> deidentified = new HashMap<>();
    for (ExportPerson person : persons) {
      known.put(person.personId(), person.sourcePatients().isEmpty()
          ? IdentifyingText.none() : IdentifyingText.of(person.sourcePatients()));
      deidentified.put(person.personId(), (Patient) deidentifier.deidentify(golden(person)));
    }
    kAnonymity = new KAnonymizer(kSettings).anonymizePatients(List.copyOf(deidentified.values()));
    deidentified.forEach((personId, patient) ->
        kAnonymity.apply(patient).ifPresent(p -> released.put(personId, p)));
  }

  /** The re-identification risk report of the last {@link #prepare}, or {@code null} before it. */
  public RiskReport riskReport() {
    return kAnonymity == null ? null : kAnonymity.report();
  }

  @Override
  public boolean withheld(String personId) {
    return !released.containsKey(personId);
  }

  @Override
  public boolean identifying() {
    return false;
  }

  @Override
  public ExportPerson person(ExportPerson person) {
    Patient patient = released.get(person.personId());
    if (patient == null) {
      throw new IllegalStateException("Person " + personId(person.personId()) + " is withheld or was not prepared.");
    }
    Address address = patient.addresses().isEmpty() ? null : patient.addresses().get(0);
    return new ExportPerson(person.personId(), null, null, patient.birthDate(), patient.sex().fhirCode(), null, null,
        address == null ? null : address.state(), address == null ? null : address.postalCode(),
        address == null ? null : address.country(), null, patient.deceased(), person.records(), List.of(), List.of());
  }

  @Override
  public String personId(String personId) {
    return deidentifier.patientPseudonym(personId);
  }

  @Override
  public String recordId(String personId, String source, String id) {
    return deidentifier.pseudonyms().record(id);
  }

  @Override
  public Instant instant(String personId, Instant instant) {
    // Governance's own date rule, applied through a record of this person so both always agree.
    Immunization probe = new Immunization("probe", personId, null, "completed", PROBE, instant,
        Provenance.fromSource("medtwin", "probe"));
    return ((Immunization) deidentifier.deidentify(probe)).occurrence();
  }

  @Override
  public LocalDate date(String personId, LocalDate date) {
    return LocalDate.ofInstant(instant(personId, date.atStartOfDay().toInstant(ZoneOffset.UTC)), ZoneOffset.UTC);
  }

  @Override
  public String text(String personId, String text) {
    return scrubber.scrub(text, known.getOrDefault(personId, IdentifyingText.none()));
  }

  private static Patient golden(ExportPerson person) {
    List<Address> addresses = person.postalCode() == null && person.state() == null && person.country() == null
        ? List.of()
        : List.of(new Address(List.of(), null, person.state(), person.postalCode(), person.country()));
    return new Patient(person.personId(), person.identifiers(), List.of(), person.birthDate(),
        Sex.fromCode(person.sex()), addresses, List.of(), person.deceased(),
        Provenance.fromSource("medtwin", person.personId()));
  }
}
