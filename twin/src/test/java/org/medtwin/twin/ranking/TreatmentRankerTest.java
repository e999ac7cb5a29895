package org.medtwin.twin.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.twin.engine.Demographics;
import org.medtwin.twin.engine.FactRef;
import org.medtwin.twin.engine.KidneyFunction;
import org.medtwin.twin.engine.Measurement;
import org.medtwin.twin.engine.PatientTwin;
import org.medtwin.twin.engine.TwinAllergy;
import org.medtwin.twin.engine.TwinCondition;
import org.medtwin.twin.engine.TwinMedication;

class TreatmentRankerTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final FactRef REF = new FactRef("observation", "lab", "x");

  /** A 60-year-old man, 72 kg, creatinine 1.0 mg/dL: Cockcroft-Gault (140-60) x 72 / 72 = 80 mL/min. */
  static PatientTwin twin(List<TwinMedication> medications, List<TwinCondition> conditions, List<TwinAllergy> allergies) {
    List<Measurement> measurements = List.of(
        new Measurement("http://loinc.org", "2160-0", "Creatinine", 1.0, "mg/dL", NOW, REF),
        new Measurement("http://loinc.org", "29463-7", "Body weight", 72, "kg", NOW, REF));
    KidneyFunction kidney = new KidneyFunction(1.0, NOW, KidneyFunction.ckdEpi2021(1.0, 60, false),
        KidneyFunction.cockcroftGault(1.0, 60, 72, false), "test", REF);
    return new PatientTwin("p1", NOW, new Demographics("male", LocalDate.of(1966, 6, 1), 60, null, REF), conditions,
        allergies, medications, measurements, kidney, List.of(), List.of());
  }

  private static List<Candidate> candidates(String csv) {
    CandidateFile.Contents contents = CandidateFile.read(new StringReader(
        "drug,route,dose_mg,interval_h,infusion_h\n" + csv), "candidates.csv");
    assertThat(contents.problems()).isEmpty();
    return contents.candidates();
  }

  private static List<RankedCandidate> rank(PatientTwin twin, String csv) throws Exception {
    return new TreatmentRanker(Formulary.shipped(), ModelLibrary.shipped(), RankingSettings.defaults())
        .rank(twin, candidates(csv));
  }

  @Test
  void vancomycinExposure_followsDailyDoseOverClearance() throws Exception {
    // Goti 2018 typical CL = 4.5 x (80/120)^0.8 = 3.254 L/h; AUC24 = daily dose / CL:
    // 1500 mg a day -> 461 mg.h/L (in 400-600), 3000 mg a day -> 922 (toxic above 600).
    List<RankedCandidate> ranked = rank(twin(List.of(), List.of(), List.of()),
        "vancomycin,infusion,1500,24,1.5\nvancomycin,infusion,1500,12,1.5\n");
    RankedCandidate onTarget = find(ranked, "1500 mg q24h");
    RankedCandidate high = find(ranked, "1500 mg q12h");
    assertThat(onTarget.medianEfficacyMetric()).isCloseTo(461, within(461 * 0.08));
    assertThat(high.medianEfficacyMetric()).isCloseTo(922, within(922 * 0.08));
    assertThat(onTarget.efficacy()).isGreaterThan(high.efficacy());
    assertThat(high.toxicity()).isGreaterThan(0.8);
    assertThat(onTarget.rank()).isEqualTo(1);
    assertThat(onTarget.paretoFront()).isTrue();
    assertThat(high.paretoFront()).isFalse();
    assertThat(high.reason()).contains("dominated by vancomycin 1500 mg q24h");
  }

  @Test
  void everyExcludedCandidateSaysWhy() throws Exception {
    PatientTwin twin = twin(List.of(), List.of(),
        List.of(new TwinAllergy("rxnorm", "x", "Aminoglycoside antibiotic allergy", "high", REF)));
    List<RankedCandidate> ranked = rank(twin, "vancomycin,infusion,1000,12,1\n"
        + "vancomycin,infusion,3500,24,3\n"
        + "gentamicin,bolus,400,24,\n"
        + "warfarin,oral,5,24,\n"
        + "aspirin,oral,75,24,\n");
    assertThat(ranked.get(0).candidate().drug()).isEqualTo("vancomycin");
    assertThat(ranked.get(0).excluded()).isFalse();
    assertThat(find(ranked, "3500 mg").reason()).contains("dose limit").contains("3,000 mg");
    assertThat(find(ranked, "gentamicin").exclusions())
        .anySatisfy(e -> assertThat(e).contains("allergy to aminoglycosides"))
        .anySatisfy(e -> assertThat(e).contains("valid for age 0-99 days; the patient's is"));
    assertThat(find(ranked, "warfarin").reason()).contains("CYP2C9");
    assertThat(find(ranked, "aspirin").reason()).contains("not in formulary");
    assertThat(ranked.subList(1, 5)).allSatisfy(r -> assertThat(r.excluded()).isTrue());
  }

  @Test
  void interactionsAndConditions_warnAndAddRisk_withTheirSource() throws Exception {
    PatientTwin twin = twin(
        List.of(new TwinMedication("rxnorm", "1", "piperacillin 4000 MG / tazobactam 500 MG Injection", NOW, null, REF)),
        List.of(new TwinCondition("http://snomed.info/sct", "84757009", "Epilepsy", NOW, REF)), List.of());
    List<RankedCandidate> ranked = rank(twin, "vancomycin,infusion,1500,24,1.5\ntheophylline,oral,300,12,\n");
    RankedCandidate vancomycin = find(ranked, "vancomycin");
    assertThat(vancomycin.warnings()).singleElement().asString().contains("piperacillin").contains("Hammond");
    assertThat(vancomycin.risk()).isCloseTo(vancomycin.toxicity() + 0.2, within(1e-12));
    RankedCandidate theophylline = find(ranked, "theophylline");
    assertThat(theophylline.warnings()).singleElement().asString().contains("seizure").contains("Epilepsy");
  }

  @Test
  void candidateFile_reportsBadRowsAndKeepsTheRest() {
    CandidateFile.Contents contents = CandidateFile.read(new StringReader("drug,route,dose_mg,interval_h,infusion_h\n"
        + "vancomycin,infusion,1000,12,1\nvancomycin,iv,1000,12,1\nvancomycin,infusion,-5,12,1\n"
        + "vancomycin,infusion,1000,12,20\n,oral,1,1,\n"), "c.csv");
    assertThat(contents.candidates()).hasSize(1);
    assertThat(contents.problems()).hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("line 3").contains("route 'iv'"))
        .anySatisfy(p -> assertThat(p).contains("dose_mg '-5'"))
        .anySatisfy(p -> assertThat(p).contains("infusion_h"))
        .anySatisfy(p -> assertThat(p).contains("drug is missing"));
  }

  @Test
  void sameSeed_sameRanking() throws Exception {
    PatientTwin twin = twin(List.of(), List.of(), List.of());
    String csv = "vancomycin,infusion,1000,12,1\nvancomycin,infusion,1250,24,2\nvancomycin,infusion,750,8,1\n";
    assertThat(rank(twin, csv)).isEqualTo(rank(twin, csv));
  }

  private static RankedCandidate find(List<RankedCandidate> ranked, String text) {
    return ranked.stream().filter(r -> r.candidate().describe().contains(text)).findFirst().orElseThrow();
  }
}
