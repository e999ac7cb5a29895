package org.medtwin.bench.twin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.twin.engine.Demographics;
import org.medtwin.twin.engine.FactRef;
import org.medtwin.twin.engine.KidneyFunction;
import org.medtwin.twin.engine.Measurement;
import org.medtwin.twin.engine.PatientTwin;
import org.medtwin.twin.engine.TwinMedication;
import org.medtwin.twin.ranking.Candidate;
import org.medtwin.twin.ranking.Formulary;
import org.medtwin.twin.ranking.RankedCandidate;
import org.medtwin.twin.ranking.RankingSettings;
import org.medtwin.twin.ranking.TreatmentRanker;

/**
 * Ranking 1,000 candidate regimens for one twin (issue 7): 900 vancomycin infusions (100-5,000 mg x
 * 5 intervals x 3 infusion times, Goti 2018, 2 compartments) and 100 oral theophylline regimens
 * (Pinheiro-Bates), each over the given number of virtual patients. Prints the first (cold) ranking
 * and the median of the next runs.
 *
 * <p>Usage: {@code RankingBenchmark [draws=200] [runs=7]}
 */
public final class RankingBenchmark {

  private RankingBenchmark() {}

  public static void main(String[] args) throws Exception {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    PatientTwin twin = twin();
    List<Candidate> candidates = candidates();
    TreatmentRanker ranker = new TreatmentRanker(Formulary.shipped(), ModelLibrary.shipped(), new RankingSettings(draws, 1));
    long[] times = new long[runs];
    List<RankedCandidate> ranked = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      ranked = ranker.rank(twin, candidates);
      times[i] = System.nanoTime() - start;
    }
    long[] warm = Arrays.copyOfRange(times, 1, runs);
    Arrays.sort(warm);
    System.out.printf("%d candidates, %d virtual patients per drug, %d available processors%n", candidates.size(), draws,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("first ranking %.0f ms; then median %.0f ms, best %.0f ms over %d runs%n", times[0] / 1e6,
        warm[warm.length / 2] / 1e6, warm[0] / 1e6, warm.length);
    System.out.println("best: " + ranked.get(0).candidate().describe() + " -- " + ranked.get(0).reason());
  }

  /** A 60-year-old man, 72 kg, creatinine 1.0 mg/dL (Cockcroft-Gault 80 mL/min), on piperacillin-tazobactam. */
  static PatientTwin twin() {
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    FactRef ref = new FactRef("observation", "bench", "1");
    List<Measurement> measurements = List.of(
        new Measurement("http://loinc.org", "2160-0", "Creatinine", 1.0, "mg/dL", now, ref),
        new Measurement("http://loinc.org", "29463-7", "Body weight", 72, "kg", now, ref));
    KidneyFunction kidney = new KidneyFunction(1.0, now, KidneyFunction.ckdEpi2021(1.0, 60, false),
        KidneyFunction.cockcroftGault(1.0, 60, 72, false), "bench", ref);
    return new PatientTwin("bench", now, new Demographics("male", LocalDate.of(1966, 6, 1), 60, null, ref), List.of(),
        List.of(), List.of(new TwinMedication("rxnorm", "1", "piperacillin / tazobactam", now, null, ref)),
        measurements, kidney, List.of(), List.of());
  }

  static List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>();
    for (int dose = 100; dose <= 6000; dose += 100) {
      for (double interval : new double[] {8, 12, 24, 36, 48}) {
        for (double infusion : new double[] {1, 2, 3}) {
          if (candidates.size() < 900) {
            candidates.add(new Candidate("v" + candidates.size(), "vancomycin", Regimen.infusion(dose, interval, infusion)));
          }
        }
      }
    }
    for (int dose = 100; candidates.size() < 1000; dose += 50) {
      for (double interval : new double[] {6, 8, 12, 24}) {
        candidates.add(new Candidate("t" + candidates.size(), "theophylline", Regimen.oral(dose, interval)));
      }
    }
    return candidates.subList(0, 1000);
  }
}
