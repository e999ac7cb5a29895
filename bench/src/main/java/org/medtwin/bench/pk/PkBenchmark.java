package org.medtwin.bench.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.bayes.MapEstimate;
import org.medtwin.pharma.pkpd.bayes.MapEstimator;
import org.medtwin.pharma.pkpd.bayes.PosteriorSample;
import org.medtwin.pharma.pkpd.bayes.PosteriorSampler;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.dosefinding.DoseOptimizer;
import org.medtwin.pharma.pkpd.dosefinding.DosingRecommendation;
import org.medtwin.pharma.pkpd.dosefinding.ParameterDraws;
import org.medtwin.pharma.pkpd.dosing.DosingHistory;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.Regimen;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.model.PkParameters;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.pharma.pkpd.simulation.PopulationSimulator;
import org.medtwin.pharma.pkpd.simulation.VirtualPatient;

/**
 * The pharmacology speed targets of issue 6, end to end in one JVM: dose optimisation over 10,000
 * candidate regimens for one patient (and 1,000 for the patient twin), and 10,000 virtual patients
 * under 7 days of q12h dosing. Each measurement is the median of several runs after warm-up.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -cp
 * bench/target/medtwin-bench.jar org.medtwin.bench.pk.PkBenchmark}
 */
public final class PkBenchmark {

  private PkBenchmark() {}

  /** Runs the benchmarks and prints one line per figure. */
  public static void main(String[] args) throws Exception {
    PopulationModel goti = ModelLibrary.shipped().model("vancomycin-goti-2018");
    PatientCovariates covariates =
        PatientCovariates.constant(Map.of("CRCL", 65.0, "WT", 70.0, "DIAL", 0.0));
    DosingHistory doses = DosingHistory.of(InfusionDose.ofDuration(0, 2000, 2),
        InfusionDose.ofDuration(24.2, 1000, 2));
    List<Measurement> levels = List.of(Measurement.of(13, 12), Measurement.of(48, 9.5));
    System.out.printf(Locale.ROOT, "Java %s, %d processors, model %s%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        goti.name());

    MapEstimator estimator = new MapEstimator(goti);
    long[] mapTimes = new long[7];
    PosteriorSample sample = null;
    for (int r = 0; r < mapTimes.length; r++) {
      long t0 = System.nanoTime();
      MapEstimate map = estimator.estimate(covariates, doses, levels);
      sample = new PosteriorSampler(estimator).sample(map, covariates, doses, levels, 10_000,
          1_000, 1);
      mapTimes[r] = System.nanoTime() - t0;
    }
    report("MAP + Laplace + 1,000 SIR posterior draws (10,000 proposals)", mapTimes);

    List<PkParameters> draws = ParameterDraws.fromPosterior(goti, covariates.at(48), sample);
    List<Regimen> tenThousand = candidates(10_000);
    List<Regimen> thousand = candidates(1_000);
    DoseOptimizer optimizer = new DoseOptimizer(goti.structure(),
        List.of(ExposureTarget.parse("auc24:400-600"), ExposureTarget.parse("trough:7-20")),
        "mg", "h");
    DosingRecommendation rec = null;
    long[] doseTimes = new long[7];
    long[] doseCpu = new long[7];
    for (int r = 0; r < doseTimes.length; r++) {
      long c0 = cpu();
      long t0 = System.nanoTime();
      rec = optimizer.recommend(tenThousand, draws, 5);
      doseTimes[r] = System.nanoTime() - t0;
      doseCpu[r] = cpu() - c0;
    }
    report("Dose optimisation, 10,000 regimens x 1,000 posterior draws", doseTimes);
    reportCpu("(same)", doseCpu);
    System.out.println("  " + rec.reason());
    long[] twinTimes = new long[7];
    for (int r = 0; r < twinTimes.length; r++) {
      long t0 = System.nanoTime();
      optimizer.rank(thousand, draws);
      twinTimes[r] = System.nanoTime() - t0;
    }
    report("Ranking 1,000 regimens x 1,000 posterior draws (patient twin)", twinTimes);

    PopulationSimulator simulator = new PopulationSimulator(goti);
    List<Map<String, Double>> pool = List.of(
        Map.of("CRCL", 40.0, "WT", 60.0, "DIAL", 0.0), Map.of("CRCL", 90.0, "WT", 80.0, "DIAL", 0.0),
        Map.of("CRCL", 130.0, "WT", 95.0, "DIAL", 0.0), Map.of("CRCL", 20.0, "WT", 70.0, "DIAL", 1.0));
    DosingHistory week = Regimen.infusion(1000, 12, 1).history(14);
    double[] hourly = new double[169];
    for (int i = 0; i < hourly.length; i++) {
      hourly[i] = i;
    }
    long[] popTimes = new long[5];
    long[] popCpu = new long[5];
    PopulationSimulator.Result result = null;
    for (int r = 0; r < popTimes.length; r++) {
      long c0 = cpu();
      long t0 = System.nanoTime();
      List<VirtualPatient> patients = simulator.sample(pool, 10_000, 42);
      result = simulator.simulate(patients, week, hourly, 144, 168, 10);
      popTimes[r] = System.nanoTime() - t0;
      popCpu[r] = cpu() - c0;
    }
    report("10,000 virtual patients x 7 days q12h (hourly profile + day-7 metrics)", popTimes);
    reportCpu("(same)", popCpu);
    System.out.printf(Locale.ROOT, "  PTA AUC24 400-600 on day 7: %.1f%%%n",
        100 * result.targetAttainment(ExposureTarget.parse("auc24:400-600")));
  }

  /** {@code n} infusion regimens: doses by 10 mg, intervals 6-48 h, durations 0.5-4 h. */
  static List<Regimen> candidates(int n) {
    List<Regimen> list = new ArrayList<>(n);
    double[] intervals = {6, 8, 12, 24, 36, 48};
    double[] durations = {0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4};
    for (int dose = 10; list.size() < n; dose += 10) {
      for (double interval : intervals) {
        for (double duration : durations) {
          if (list.size() < n) {
            list.add(Regimen.infusion(dose, interval, duration));
          }
        }
      }
    }
    return list;
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /** CPU time of this process so far (all threads), to separate work from machine load. */
  static long cpu() {
    return OS.getProcessCpuTime();
  }

  private static void reportCpu(String what, long[] cpuNanos) {
    long[] rest = java.util.Arrays.copyOfRange(cpuNanos, 1, cpuNanos.length);
    java.util.Arrays.sort(rest);
    System.out.printf(Locale.ROOT, "  %-70s median CPU %7.3f s (all threads)%n", what,
        rest[rest.length / 2] / 1e9);
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    java.util.Arrays.sort(sorted);
    // The first run warms the JIT; the median of the rest is reported.
    long[] rest = java.util.Arrays.copyOfRange(nanos, 1, nanos.length);
    java.util.Arrays.sort(rest);
    System.out.printf(Locale.ROOT, "%-72s median %7.3f s (first %.3f s, best %.3f s)%n", what,
        rest[rest.length / 2] / 1e9, nanos[0] / 1e9, sorted[0] / 1e9);
  }
}
