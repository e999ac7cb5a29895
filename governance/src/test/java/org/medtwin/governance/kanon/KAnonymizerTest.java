package org.medtwin.governance.kanon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.core.provenance.Provenance;
import org.medtwin.core.record.Address;
import org.medtwin.core.record.Patient;
import org.medtwin.core.record.Sex;

/**
 * The worked examples below are computed by hand in the comments: ten people born 1980-1989, the
 * five of 1980-1984 male and the five of 1985-1989 female, over (birth year, sex) with k = 2.
 */
class KAnonymizerTest {

  private static final List<QuasiIdentifier> YEAR_SEX =
      List.of(QuasiIdentifier.BIRTH_YEAR, QuasiIdentifier.SEX);

  /**
   * Level (0,0): ten singletons. (0,1): years still unique. (1,0): classes {1980-1984, male} and
   * {1985-1989, female} of 5 each: k = 2 holds at loss 1/4, the cheapest feasible node. Before:
   * 10 classes of 1, max risk 1, average 10/10 = 1; after: 2 classes of 5, max risk 1/5, average
   * 2/10 = 0.2.
   */
  @Test
  void generalisesBirthYearsToFiveYearBands_whenThatIsTheLeastLoss() {
    KAnonymityResult result =
        new KAnonymizer(new KAnonymitySettings(YEAR_SEX, 2, 0)).anonymize(tenPeople());

    assertThat(result.levels()).containsEntry(QuasiIdentifier.BIRTH_YEAR, 1)
        .containsEntry(QuasiIdentifier.SEX, 0);
    assertThat(result.value("p0", QuasiIdentifier.BIRTH_YEAR)).hasValue("1980-1984");
    assertThat(result.value("p9", QuasiIdentifier.BIRTH_YEAR)).hasValue("1985-1989");
    assertThat(result.suppressed()).isEmpty();
    RiskReport report = result.report();
    assertThat(report.classesBefore()).isEqualTo(10);
    assertThat(report.recordsBelowKBefore()).isEqualTo(10);
    assertThat(report.maxRiskBefore()).isEqualTo(1.0);
    assertThat(report.averageRiskBefore()).isEqualTo(1.0);
    assertThat(report.classesAfter()).isEqualTo(2);
    assertThat(report.smallestClassAfter()).isEqualTo(5);
    assertThat(report.maxRiskAfter()).isCloseTo(0.2, within(1e-12));
    assertThat(report.averageRiskAfter()).isCloseTo(0.2, within(1e-12));
    assertThat(report.holds()).isTrue();
  }

  /**
   * An eleventh person, female, born 2001. With 10 % suppression allowed (floor(1.1) = 1 record):
   * (1,0) leaves her alone in {2000-2004, female}, one record below k, allowed, loss 1/4: she is
   * suppressed, the other ten released in bands.
   */
  @Test
  void suppressesTheOutlier_whenTheLimitAllowsIt() {
    Map<String, List<String>> rows = tenPeople();
    rows.put("p10", List.of("2001", "female"));

    KAnonymityResult result =
        new KAnonymizer(new KAnonymitySettings(YEAR_SEX, 2, 0.10)).anonymize(rows);

    assertThat(result.suppressed()).containsExactly("p10");
    assertThat(result.levels()).containsEntry(QuasiIdentifier.BIRTH_YEAR, 1);
    assertThat(result.report().suppressed()).isEqualTo(1);
    assertThat(result.report().released()).isEqualTo(10);
    assertThat(result.report().recordsBelowKBefore()).isEqualTo(11);
  }

  /**
   * Without suppression, every node that keeps any birth-year detail leaves the 2001 person alone
   * (her 5-, 10- and 20-year bands hold only her), so birth year goes to * (level 4, loss 1) and
   * sex stays: {*, male} 5 and {*, female} 6.
   */
  @Test
  void removesTheBirthYear_whenNothingMayBeSuppressed() {
    Map<String, List<String>> rows = tenPeople();
    rows.put("p10", List.of("2001", "female"));

    KAnonymityResult result =
        new KAnonymizer(new KAnonymitySettings(YEAR_SEX, 2, 0)).anonymize(rows);

    assertThat(result.levels()).containsEntry(QuasiIdentifier.BIRTH_YEAR, 4)
        .containsEntry(QuasiIdentifier.SEX, 0);
    assertThat(result.suppressed()).isEmpty();
    assertThat(result.report().smallestClassAfter()).isEqualTo(5);
  }

  @Test
  void suppressesEveryoneWhenFewerThanKRecordsExist() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    rows.put("a", List.of("1980", "male"));
    rows.put("b", List.of("1990", "female"));

    KAnonymityResult result =
        new KAnonymizer(new KAnonymitySettings(YEAR_SEX, 5, 0.05)).anonymize(rows);

    assertThat(result.suppressed()).containsExactlyInAnyOrder("a", "b");
    assertThat(result.released()).isEmpty();
    assertThat(result.report().holds()).isTrue();
  }

  @Test
  void generalisesZipCodesDigitByDigit() {
    assertThat(QuasiIdentifier.ZIP3.generalize("021", 1)).isEqualTo("02*");
    assertThat(QuasiIdentifier.ZIP3.generalize("021", 2)).isEqualTo("0**");
    assertThat(QuasiIdentifier.ZIP3.generalize("021", 3)).isEqualTo("*");
    assertThat(QuasiIdentifier.BIRTH_YEAR.generalize("1983", 2)).isEqualTo("1980-1989");
    assertThat(QuasiIdentifier.BIRTH_YEAR.generalize("1983", 3)).isEqualTo("1980-1999");
  }

  @Test
  void appliesTheGeneralisationToPatients_clearingWhatARecordCannotHold() {
    Patient patient = new Patient("pt-1", List.of(), List.of(), LocalDate.of(1983, 1, 1),
        Sex.FEMALE, List.of(new Address(List.of(), null, "MA", "021", "US")), List.of(), null,
        Provenance.fromSource("h", "x"));
    List<Patient> five = List.of(patient, copy(patient, "pt-2"), copy(patient, "pt-3"),
        copy(patient, "pt-4"), copy(patient, "pt-5"));

    KAnonymityResult result = new KAnonymizer(KAnonymitySettings.standard()).anonymizePatients(five);

    assertThat(result.levels().values()).containsOnly(0);
    assertThat(result.apply(patient)).hasValue(patient);
    assertThat(result.report().toJson()).contains("\"kAnonymityHolds\":true");
  }

  private static Patient copy(Patient p, String id) {
    return new Patient(id, p.identifiers(), p.names(), p.birthDate(), p.sex(), p.addresses(),
        p.telecom(), p.deceased(), p.provenance());
  }

  private static Map<String, List<String>> tenPeople() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      rows.put("p" + i, List.of(Integer.toString(1980 + i), i < 5 ? "male" : "female"));
    }
    return rows;
  }
}
