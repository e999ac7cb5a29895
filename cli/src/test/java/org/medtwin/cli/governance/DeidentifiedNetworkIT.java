package org.medtwin.cli.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medtwin.cli.testing.SyntheticNetworks;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ClinicalNote;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.fusion.link.evaluate.TruthFile;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.governance.deid.DeidentificationSettings;
import org.medtwin.governance.deid.Deidentifier;
import org.medtwin.governance.deid.IdentifyingText;
import org.medtwin.governance.kanon.KAnonymityResult;
import org.medtwin.governance.kanon.KAnonymitySettings;
import org.medtwin.governance.kanon.KAnonymizer;
import org.medtwin.governance.kanon.QuasiIdentifier;
import org.medtwin.governance.key.GovernanceKey;

/**
 * De-identification on a generated network: every record of every source, read with MedTwin's
 * readers, de-identified, then searched for every name, identifier, phone, e-mail, street line
 * and full date of the source population; and k-anonymity checked on the de-identified patients.
 */
class DeidentifiedNetworkIT {

  private static final LocalDate EXTRACT = LocalDate.of(2026, 11, 25);
  private static final GovernanceKey KEY =
      GovernanceKey.of("network-test-key-0123456789abcdefghij".getBytes(StandardCharsets.UTF_8), "test");

  private static List<ClinicalRecord> source;
  private static Map<String, IdentifyingText> known;

  @BeforeAll
  static void readNetwork() throws Exception {
    Path network = SyntheticNetworks.small();
    source = NetworkRecords.read(network);
    // As an export would from the master patient index: what every source knows of the person.
    Map<RecordKey, String> persons = TruthFile.read(network.resolve("truth/records.csv"));
    Map<String, List<Patient>> byPerson = new HashMap<>();
    for (ClinicalRecord record : source) {
      if (record instanceof Patient patient) {
        byPerson.computeIfAbsent(personOf(persons, record), id -> new ArrayList<>()).add(patient);
      }
    }
    known = new HashMap<>();
    for (ClinicalRecord record : source) {
      if (record instanceof Patient) {
        known.put(keyOf(record), IdentifyingText.of(byPerson.get(personOf(persons, record))));
      }
    }
    long patients = source.stream().filter(r -> r instanceof Patient).count();
    System.out.printf("Network of " + SyntheticNetworks.SMALL_PATIENTS + " persons: %d records, %d patient records, %d notes%n",
        source.size(), patients,
        source.stream().filter(r -> r instanceof ClinicalNote).count());
  }

  @Test
  void aSafeHarborExtractHoldsNoIdentifierOfTheSourcePopulation() {
    Deidentifier deid = new Deidentifier(DeidentificationSettings.safeHarbor(KEY, EXTRACT));

    String extract = extract(deid);

    assertNoIdentifierOfTheSource(extract);
  }

  @Test
  void aDateShiftedExtractHoldsNoIdentifierOfTheSourcePopulation() {
    Deidentifier deid = new Deidentifier(DeidentificationSettings.shifted(KEY, 365, EXTRACT));

    assertNoIdentifierOfTheSource(extract(deid));
  }

  @Test
  void aSafeHarborExtractKeepsOnlyYears() {
    Deidentifier deid = new Deidentifier(DeidentificationSettings.safeHarbor(KEY, EXTRACT));
    Pattern fullDate = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})");

    var matcher = fullDate.matcher(extract(deid));
    while (matcher.find()) {
      assertThat(matcher.group(2) + "-" + matcher.group(3)).as(matcher.group()).isEqualTo("01-01");
    }
  }

  @Test
  void kAnonymityHoldsOnTheDeclaredQuasiIdentifiers() {
    Deidentifier deid = new Deidentifier(DeidentificationSettings.safeHarbor(KEY, EXTRACT));
    // One row per patient: an HL7 source repeats its patient in every message.
    Map<String, Patient> distinct = new java.util.LinkedHashMap<>();
    source.stream().filter(r -> r instanceof Patient)
        .map(r -> (Patient) deid.deidentify(r)).forEach(p -> distinct.putIfAbsent(p.id(), p));
    List<Patient> patients = List.copyOf(distinct.values());

    KAnonymityResult result = new KAnonymizer(KAnonymitySettings.standard()).anonymizePatients(patients);

    System.out.print(result.report().toText());
    Map<List<String>, Integer> classes = new HashMap<>();
    int released = 0;
    for (Patient patient : patients) {
      var shown = result.apply(patient);
      if (shown.isEmpty()) {
        continue;
      }
      released++;
      List<String> key = new ArrayList<>();
      for (QuasiIdentifier qi : QuasiIdentifier.values()) {
        key.add(result.value(patient.id(), qi).orElseThrow());
      }
      classes.merge(key, 1, Integer::sum);
    }
    assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
    assertThat(released + result.suppressed().size()).isEqualTo(patients.size());
    assertThat(result.suppressed().size()).isLessThanOrEqualTo((int) Math.floor(0.05 * patients.size()));
    assertThat(result.report().holds()).isTrue();
  }

  private static String extract(Deidentifier deid) {
    StringBuilder text = new StringBuilder();
    for (ClinicalRecord record : source) {
      IdentifyingText context = known.getOrDefault(keyOf(record), IdentifyingText.none());
      text.append(RecordText.of(deid.deidentify(record, context))).append('\n');
    }
    return text.toString();
  }

  private static void assertNoIdentifierOfTheSource(String extract) {
    String lower = extract.toLowerCase(Locale.ROOT);
    Set<String> names = new LinkedHashSet<>();
    Set<String> literals = new LinkedHashSet<>();
    Set<String> phones = new LinkedHashSet<>();
    Set<String> recordIds = new java.util.HashSet<>();
    for (ClinicalRecord record : source) {
      recordIds.add(record.id());
      if (!(record instanceof Patient patient)) {
        continue;
      }
      for (HumanName name : patient.names()) {
        if (name.family() != null) {
          names.add(name.family());
        }
        names.addAll(name.given());
      }
      for (Identifier identifier : patient.identifiers()) {
        literals.add(identifier.value());
      }
      for (ContactPoint contact : patient.telecom()) {
        if (contact.value().contains("@")) {
          literals.add(contact.value());
        } else {
          phones.add(contact.value().replaceAll("\\D", ""));
        }
      }
      for (Address address : patient.addresses()) {
        literals.addAll(address.lines());
        if (address.postalCode() != null && address.postalCode().length() >= 5) {
          literals.add(address.postalCode());
        }
      }
      for (LocalDate date : fullDates(patient)) {
        literals.add(date.toString());
        literals.add(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        literals.add(date.format(DateTimeFormatter.BASIC_ISO_DATE));
      }
    }
    System.out.printf("Scanned for %d names, %d literal identifiers, %d phones%n",
        names.size(), literals.size() + recordIds.size(), phones.size());
    for (String name : names) {
      if (name.strip().length() < 2) {
        continue;
      }
      Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name.strip().toLowerCase(Locale.ROOT))
          + "(?![\\p{L}\\d])");
      var found = word.matcher(lower);
      assertThat(found.find() ? around(extract, found.start()) : null).as("name " + name).isNull();
    }
    for (String literal : literals) {
      int at = literal.strip().length() >= 4 ? standingAlone(lower, literal.strip().toLowerCase(Locale.ROOT)) : -1;
      assertThat(at < 0 ? null : around(extract, at)).as("identifier " + literal).isNull();
    }
    Set<String> tokens = new java.util.HashSet<>(List.of(extract.split("\\s+")));
    for (String id : recordIds) {
      assertThat(tokens).as("record id").doesNotContain(id);
    }
    for (String phone : phones) {
      if (phone.length() >= 7) {
        StringBuilder regex = new StringBuilder();
        for (char digit : phone.toCharArray()) {
          regex.append(regex.length() == 0 ? "" : "[\\s.()-]*").append(digit);
        }
        assertThat(Pattern.compile(regex.toString()).matcher(extract).find())
            .as("phone " + phone).isFalse();
      }
    }
  }

  private static String keyOf(ClinicalRecord record) {
    return record.provenance().sourceSystem() + "|" + record.patientId();
  }

  private static String personOf(Map<RecordKey, String> persons, ClinicalRecord record) {
    return persons.getOrDefault(
        new RecordKey(record.provenance().sourceSystem(), record.patientId()), keyOf(record));
  }

  /**
   * Where the literal occurs not as part of a longer run of letters and digits (a short number can
   * occur by chance inside a hexadecimal pseudonym, which reveals nothing), or -1.
   */
  private static int standingAlone(String text, String literal) {
    for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      int end = at + literal.length();
      boolean before = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
          && Character.isLetterOrDigit(literal.charAt(0));
      boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end))
          && Character.isLetterOrDigit(literal.charAt(literal.length() - 1));
      if (!before && !after) {
        return at;
      }
    }
    return -1;
  }

  /** The text around a hit, to see where an identifier survived. */
  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 80)).replace("\n", " / ");
  }

  /** Birth and death dates, but not 1 January: a year-only date is written as 1 January. */
  private static List<LocalDate> fullDates(Patient patient) {
    List<LocalDate> dates = new ArrayList<>();
    if (patient.birthDate() != null) {
      dates.add(patient.birthDate());
    }
    Instant deceased = patient.deceased();
    if (deceased != null) {
      dates.add(deceased.atZone(ZoneOffset.UTC).toLocalDate());
    }
    dates.removeIf(date -> date.getMonthValue() == 1 && date.getDayOfMonth() == 1);
    return dates;
  }
}
