package org.medtwin.fusion.link.standardize;

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

class StandardizerTest {

  private final Standardizer standardizer = Standardizer.standard("61");

  @Test
  void names_loseCaseAccentsTitlesAndPunctuation() {
    assertThat(standardizer.names().standardize("Dr. José-María")).isEqualTo("jose maria");
    assertThat(standardizer.name("Mr John Paul", "O'Brien")).isEqualTo(new PersonName("john", "obrien"));
    assertThat(standardizer.surname("van der Berg")).isEqualTo("vanderberg");
    assertThat(standardizer.names().standardize("Mrs.")).isNull();
  }

  @Test
  void nicknames_shareAFormalName_andTheTableHasAtLeastSixtyPairs() {
    Nicknames nicknames = Nicknames.standard();
    assertThat(nicknames.equivalent("bill", "william")).isTrue();
    assertThat(nicknames.equivalent("bill", "will")).isTrue();
    assertThat(nicknames.equivalent("bill", "robert")).isFalse();
    assertThat(ResourceTable.rows("nicknames.csv", 2, true)).hasSizeGreaterThanOrEqualTo(60);
  }

  @Test
  void addresses_spellOutAbbreviations_butReadLeadingStAsSaint() {
    assertThat(standardizer.addresses().text("12 Smith St.")).isEqualTo("12 smith street");
    assertThat(standardizer.addresses().text("St Kilda Rd")).isEqualTo("saint kilda road");
    assertThat(standardizer.addresses().postcode(" sw1a 1aa")).isEqualTo("SW1A1AA");
  }

  @Test
  void phones_becomeE164_withTheDefaultCountryForNationalNumbers() {
    PhoneStandardizer phones = standardizer.phones();
    assertThat(phones.standardize("02 9876 5432")).isEqualTo("+61298765432");
    assertThat(phones.standardize("+61 2 9876-5432")).isEqualTo("+61298765432");
    assertThat(phones.standardize("0061 2 9876 5432")).isEqualTo("+61298765432");
    assertThat(phones.standardize("12-34")).isNull();
  }

  @Test
  void birthDates_keepInvalidDigits_butOnlyValidOnesGetACalendarDate() {
    assertThat(BirthDate.parse("19560409").date()).isEqualTo(LocalDate.of(1956, 4, 9));
    assertThat(BirthDate.parse("1956-02-31").digits()).isEqualTo("19560231");
    assertThat(BirthDate.parse("1956-02-31").date()).isNull();
    assertThat(BirthDate.parse("1956")).isNull();
  }

  @Test
  void patient_becomesAPersonRecordKeyedBySourceAndId() {
    Patient patient = new Patient("p1",
        List.of(new Identifier("urn:mrn:a", "12-345", "MR")),
        List.of(new HumanName("official", "Smith", List.of("Jonathan", "Paul"), List.of("Mr"))),
        LocalDate.of(1980, 3, 4), Sex.MALE,
        List.of(new Address(List.of("12 Smith St", "Unit 4"), "Sydney", "NSW", "2000", "AU")),
        List.of(new ContactPoint("phone", "02 9876 5432", "home")), null,
        Provenance.fromSource("hospital-a", "p1"));

    PersonRecord person = standardizer.person(patient);

    assertThat(person.key()).isEqualTo(new RecordKey("hospital-a", "p1"));
    assertThat(person.names()).containsExactly(new PersonName("jonathan", "smith"));
    assertThat(person.birthDate().digits()).isEqualTo("19800304");
    assertThat(person.addresses()).containsExactly(
        new PostalAddress("12", "smith street", "unit 4", "sydney", "2000", "nsw"));
    assertThat(person.phones()).containsExactly("+61298765432");
    assertThat(person.identifiers()).containsExactly(new PersonIdentifier("urn:mrn:a", "12345"));
  }
}
