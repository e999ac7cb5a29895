package org.medtwin.cli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Synthetic hospital networks made once per test JVM with {@code medtwin generate} and shared by
 * the integration tests; generating one takes minutes, so every test class asks for the same few.
 */
public final class SyntheticNetworks {

  /** The network most tests share: small enough to ingest in seconds, with all three sources. */
  public static final int SMALL_PATIENTS = 8;

  /** The seed of every shared network. */
  public static final long SEED = 20261125L;

  private static final Map<Integer, Path> NETWORKS = new HashMap<>();

  private SyntheticNetworks() {}

  /** The shared small network. */
  public static Path small() {
    return network(SMALL_PATIENTS);
  }

  /** A network of this many patients with the shared seed, generated on first use. */
  public static synchronized Path network(int patients) {
    Path cached = NETWORKS.get(patients);
    if (cached != null) {
      return cached;
    }
    try {
      Path dir = Files.createTempDirectory("medtwin-network-" + patients + "-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      Path out = dir.resolve("network");
      long started = System.nanoTime();
      CliRun run = CliRun.of(
          "generate", "--patients", Integer.toString(patients), "--seed", Long.toString(SEED),
          "--out", out.toString());
      if (run.exitCode() != 0) {
        throw new IllegalStateException("medtwin generate failed: " + run.err());
      }
      System.out.printf("Generated a network of %d patients (seed %d) in %.1f s%n",
          patients, SEED, (System.nanoTime() - started) / 1e9);
      NETWORKS.put(patients, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packaged CLI jar, as failsafe names it. */
  public static Path cliJar() {
    String jar = System.getProperty("medtwin.cli.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "Set -Dmedtwin.cli.jar to the packaged medtwin.jar (failsafe does it after package); was " + jar);
    }
    return Path.of(jar);
  }

  /** Deletes a folder and everything in it, quietly. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
