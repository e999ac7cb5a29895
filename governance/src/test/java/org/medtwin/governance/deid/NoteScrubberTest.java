package org.medtwin.governance.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.ContactPoint;
import org.medtwin.core.record.HumanName;
import org.medtwin.core.record.Identifier;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

class NoteScrubberTest {

  private final NoteScrubber scrubber = new NoteScrubber();

  private static final String NOTE =
      "Mrs. Maria Gonzalez (MRN 00482913), DOB 03/14/1951, seen 2019-06-03T10:15:00Z.\n"
          + "Lives at 742 Evergreen Terrace, Apt 4, Springfield, IL 62704-1234.\n"
          + "Phone (217) 555-0143 or +1 217 555 0199, email maria.g@example.com.\n"
          + "Follow-up on March 3, 2020, see https://portal.example.org/p/123 from 10.0.0.12.\n"
          + "SSN 123-45-6789. Daughter Ana Gonzalez called on 3 April 2020.\n"
          + "Her 93-year-old mother lives with them. Seen by Dr. Abe604 Frami345.\n"
          + "Hemoglobin 13.2 g/dL, BP 120/80, metformin 500 mg twice daily.";

  @Test
  void removesEveryIdentifierOfTheNote_knownOrByPattern() {
    String scrubbed = scrubber.scrub(NOTE, IdentifyingText.of(maria()));

    assertThat(scrubbed)
        .doesNotContain("Maria", "Gonzalez", "00482913", "03/14/1951", "2019-06-03",
            "742 Evergreen", "Springfield", "62704", "555-0143", "555 0199", "maria.g",
            "example", "March 3", "123-45-6789", "Ana", "3 April", "Abe604", "Frami345",
            "10.0.0.12", "93-year");
  }

  @Test
  void keepsTheClinicalContent_andSaysWhatWasRemoved() {
    String scrubbed = scrubber.scrub(NOTE, IdentifyingText.of(maria()));

    assertThat(scrubbed)
        .contains("Hemoglobin 13.2 g/dL", "BP 120/80", "metformin 500 mg twice daily", "IL")
        .contains("Mrs. [NAME]", "Daughter [NAME]", "[DATE]", "[PHONE]", "[EMAIL]", "[URL]",
            "[ADDRESS]", "[ID]", "90+-year-old");
  }

  @Test
  void findsAKnownPhoneWrittenWithOtherSeparators() {
    Patient patient = maria();

    assertThat(scrubber.scrub("call 217.555.0143 today", IdentifyingText.of(patient)))
        .isEqualTo("call [PHONE] today");
  }

  @Test
  void findsNamesInPatternsAloneWhenNothingIsKnown() {
    assertThat(scrubber.scrub("Mr. John Smith was seen."))
        .isEqualTo("Mr. [NAME] was seen.");
  }

  @Test
  void findsTheSubjectOfAnAgeStatement_asSyntheaWritesIt() {
    assertThat(scrubber.scrub("# History of Present Illness\nCarlos\n is a 1 year-old hispanic white male."))
        .isEqualTo("# History of Present Illness\n[NAME]\n is a 1 year-old hispanic white male.");
    assertThat(scrubber.scrub("Mary Ann Lee is an 84-year-old woman."))
        .isEqualTo("[NAME] is an 84-year-old woman.");
  }

  @Test
  void leavesEmptyAndNullTextAlone() {
    assertThat(scrubber.scrub(null)).isNull();
    assertThat(scrubber.scrub("")).isEmpty();
  }

  @Test
  void scrubsHugeTextInOnePass() {
    String huge = "Call (217) 555-0143. ".repeat(50_000);

    assertThat(scrubber.scrub(huge)).doesNotContain("555").hasSizeLessThan(huge.length());
  }

  static Patient maria() {
    return new Patient(
        "hospital-a-17",
        List.of(new Identifier("urn:oid:hospital-a:mrn", "00482913", "MR")),
        List.of(new HumanName("official", "Gonzalez", List.of("Maria", "Elena"), List.of("Mrs."))),
        LocalDate.of(1951, 3, 14),
        Sex.FEMALE,
        List.of(new Address(List.of("742 Evergreen Terrace", "Apt 4"), "Springfield", "IL",
            "62704", "US")),
        List.of(new ContactPoint("phone", "217-555-0143", "home"),
            new ContactPoint("email", "maria.g@example.com", null)),
        null,
        Provenance.fromSource("hospital-a", "hospital-a-17"));
  }
}
