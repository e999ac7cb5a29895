package org.medtwin.bench.twin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.medtwin.twin.monitor.MonitorSettings;
import org.medtwin.twin.monitor.VitalSignMonitor;
import org.medtwin.twin.monitor.VitalSignObservation;
import org.medtwin.twin.news2.Consciousness;
import org.medtwin.twin.news2.News2Scorer;
import org.medtwin.twin.news2.Spo2Scale;
import org.medtwin.twin.news2.VitalSigns;

/**
 * Vital-sign monitoring throughput and latency (issue 7): feeds generated observations of many
 * patients through one {@link VitalSignMonitor} from several threads, each owning a share of the
 * patients and sending them in event-time order, while a clock thread ticks the monitor (overdue and
 * escalation checks over every patient). Latency is measured per observation from the moment it is
 * handed to the monitor to the moment its alerts come back.
 *
 * <p>Usage: {@code MonitorBenchmark [threads=2] [patients=10000] [observations=4000000] [seed=7]}
 */
public final class MonitorBenchmark {

  private MonitorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int patients = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int total = args.length > 2 ? Integer.parseInt(args[2]) : 4_000_000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
    System.out.printf("threads %d, patients %,d, observations %,d, seed %d, %d available processors%n",
        threads, patients, total, seed, Runtime.getRuntime().availableProcessors());
    VitalSignObservation[][] streams = generate(threads, patients, total, seed);
    // Warm-up on a separate monitor so the JIT has compiled the hot path before the measured run.
    run(streams, new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults()), false);
    run(streams, new VitalSignMonitor(News2Scorer.rcp2017(), MonitorSettings.defaults()), true);
  }

  /** Per thread, its patients' observations interleaved in event-time order (one every 15 minutes each). */
  static VitalSignObservation[][] generate(int threads, int patients, int total, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant start = Instant.parse("2026-11-25T00:00:00Z");
    int perThread = total / threads;
    VitalSignObservation[][] streams = new VitalSignObservation[threads][perThread];
    int[] severity = new int[patients];
    String[] ids = new String[patients];
    for (int p = 0; p < patients; p++) {
      ids[p] = "patient-" + p;
      severity[p] = random.nextInt(10) < 7 ? 0 : random.nextInt(3) + 1; // 70 % stable, the rest deteriorating
    }
    for (int t = 0; t < threads; t++) {
      int patientsOfThread = (patients - t + threads - 1) / threads;
      for (int i = 0; i < perThread; i++) {
        int p = t + (i % patientsOfThread) * threads;
        int round = i / patientsOfThread;
        Instant time = start.plus(Duration.ofMinutes(15L * round)).plusMillis(i % patientsOfThread);
        streams[t][i] = new VitalSignObservation(ids[p], time, vitals(random, severity[p]));
      }
    }
    return streams;
  }

  private static VitalSigns vitals(SplittableRandom random, int severity) {
    double respRate = 14 + random.nextInt(6) + severity * random.nextInt(5);
    double spo2 = Math.min(100, 98 - random.nextInt(3) - severity * random.nextInt(3));
    boolean oxygen = severity > 1 && random.nextBoolean();
    double systolic = 125 - severity * random.nextInt(15) + random.nextInt(20);
    double pulse = 70 + random.nextInt(20) + severity * random.nextInt(20);
    Consciousness level = severity == 3 && random.nextInt(20) == 0 ? Consciousness.NEW_CONFUSION : Consciousness.ALERT;
    double temperature = Math.round((36.6 + random.nextDouble() * 0.8 + severity * random.nextDouble() * 0.8) * 10) / 10.0;
    if (random.nextInt(10_000) == 0) {
      spo2 = 140; // an impossible reading now and then, as devices send them
    }
    return new VitalSigns(respRate, spo2, severity == 3 && random.nextInt(4) == 0 ? Spo2Scale.SCALE_2 : Spo2Scale.SCALE_1,
        oxygen, systolic, pulse, level, temperature);
  }

  private static void run(VitalSignObservation[][] streams, VitalSignMonitor monitor, boolean report) throws Exception {
    int threads = streams.length;
    long[][] latencies = new long[threads][];
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    AtomicLong cpuNanos = new AtomicLong();
    AtomicLong alerts = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    AtomicLong eventClock = new AtomicLong(streams[0][0].time().toEpochMilli());
    List<Thread> feeders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread feeder = new Thread(() -> {
        VitalSignObservation[] stream = streams[thread];
        long[] latency = new long[stream.length];
        long fired = 0;
        ready.countDown();
        await(go);
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < stream.length; i++) {
          long arrival = System.nanoTime();
          fired += monitor.accept(stream[i]).size();
          latency[i] = System.nanoTime() - arrival;
          if ((i & 1023) == 0) {
            eventClock.accumulateAndGet(stream[i].time().toEpochMilli(), Math::max);
          }
        }
        cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
        latencies[thread] = latency;
        alerts.addAndGet(fired);
        done.countDown();
      });
      feeders.add(feeder);
      feeder.start();
    }
    long[] ticks = {0, 0};
    Thread clock = new Thread(() -> {
      while (done.getCount() > 0) {
        long started = System.nanoTime();
        alerts.addAndGet(monitor.tick(Instant.ofEpochMilli(eventClock.get())).size());
        ticks[0]++;
        ticks[1] = Math.max(ticks[1], System.nanoTime() - started);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    clock.start();
    done.await();
    long elapsed = System.nanoTime() - start;
    clock.join();
    if (!report) {
      return;
    }
    long observations = 0;
    for (VitalSignObservation[] stream : streams) {
      observations += stream.length;
    }
    long[] all = new long[(int) observations];
    int offset = 0;
    for (long[] latency : latencies) {
      System.arraycopy(latency, 0, all, offset, latency.length);
      offset += latency.length;
    }
    Arrays.sort(all);
    System.out.printf("observations %,d in %.3f s: %,.0f observations/s scored and checked for alerts%n",
        observations, elapsed / 1e9, observations / (elapsed / 1e9));
    System.out.printf("feeder CPU time %.3f s: %,.0f observations per CPU-second, %,.0f/s on 2 dedicated cores%n",
        cpuNanos.get() / 1e9, observations / (cpuNanos.get() / 1e9), 2 * observations / (cpuNanos.get() / 1e9));
    System.out.printf("alerts fired %,d; clock ticks %,d (slowest %.1f ms over %,d patients)%n",
        alerts.get(), ticks[0], ticks[1] / 1e6, monitor.patients());
    System.out.printf("latency from arrival: p50 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f ms%n",
        percentile(all, 0.50) / 1e3, percentile(all, 0.99) / 1e3, percentile(all, 0.999) / 1e3,
        all[all.length - 1] / 1e6);
  }

  private static long percentile(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
