package org.medtwin.bench.glucose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.medtwin.twin.glucose.patient.VirtualPatientCatalog;
import org.medtwin.twin.glucose.sim.Basal;
import org.medtwin.twin.glucose.sim.GlucoseSimulator;
import org.medtwin.twin.glucose.sim.Meal;
import org.medtwin.twin.glucose.sim.Scenario;
import org.medtwin.twin.glucose.sim.Trajectory;

/**
 * Glucose twin benchmark (issue 7): simulated patient-days per second over the 30 virtual
 * patients, each day three meals (50 g at 07:00, 70 g at 12:00, 80 g at 18:00) with carb-ratio
 * boluses; and, given simglucose's trajectories for the same day, the RMSE of plasma glucose.
 *
 * <p>Usage: {@code GlucoseTwinBenchmark [--days N] [--threads T] [--reference FILE.csv]} where the
 * reference CSV has {@code patient,minute,bg_mg_dl} every 5 minutes (docs/benchmarks.md says how
 * to produce it with simglucose).
 */
public final class GlucoseTwinBenchmark {

  private GlucoseTwinBenchmark() {}

  /** The three-meal day of the benchmark and of the reference comparison. */
  public static Scenario threeMealDay() {
    return new Scenario(1440, List.of(new Meal(420, 50), new Meal(720, 70), new Meal(1080, 80)),
        new Basal.SteadyState(), true, List.of());
  }

  public static void main(String[] args) throws Exception {
    int days = 1000;
    int threads = 2;
    Path reference = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--days" -> days = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--reference" -> reference = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]
            + "; expected --days N, --threads T, --reference FILE.csv.");
      }
    }
    VirtualPatientCatalog catalog = VirtualPatientCatalog.bundled();
    if (reference != null) {
      compare(catalog, reference);
    }
    time(catalog, 300, threads); // warm-up: JIT compilation of the integrator
    time(catalog, days, threads);
  }

  private static void time(VirtualPatientCatalog catalog, int days, int threads) throws Exception {
    List<String> names = catalog.names();
    Scenario day = threeMealDay();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    List<Future<Double>> results = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      String name = names.get(i % names.size());
      results.add(pool.submit(() ->
          GlucoseSimulator.simulate(catalog.patient(name), day).plasmaGlucoseAt(1440)));
    }
    double checksum = 0;
    for (Future<Double> result : results) {
      checksum += result.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "glucose twin: %d patient-days on %d threads in %.2f s wall"
        + " = %.1f patient-days/s; process CPU %.2f s = %.1f patient-days per CPU second"
        + " (checksum %.3f)%n", days, threads, seconds, days / seconds, cpuSeconds,
        days / cpuSeconds, checksum);
  }

  /** CPU time of the whole JVM (all threads, JIT and GC included), so a loaded machine shows. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void compare(VirtualPatientCatalog catalog, Path reference) throws IOException {
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(reference).subList(1, Files.readAllLines(reference).size())) {
      String[] f = line.split(",");
      rows.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
    double worst = 0;
    for (Map.Entry<String, List<double[]>> entry : rows.entrySet()) {
      Trajectory ours = GlucoseSimulator.simulate(catalog.patient(entry.getKey()), threeMealDay());
      double squares = 0;
      double maxAbs = 0;
      for (double[] row : entry.getValue()) {
        double diff = ours.plasmaGlucoseAt((int) row[0]) - row[1];
        squares += diff * diff;
        maxAbs = Math.max(maxAbs, Math.abs(diff));
      }
      double rmse = Math.sqrt(squares / entry.getValue().size());
      worst = Math.max(worst, rmse);
      System.out.printf(Locale.ROOT, "%-15s RMSE %.2e mg/dL, max |diff| %.2e mg/dL over %d points%n",
          entry.getKey(), rmse, maxAbs, entry.getValue().size());
    }
    System.out.printf(Locale.ROOT, "reference: %d patients, worst RMSE %.2e mg/dL%n", rows.size(),
        worst);
  }
}
