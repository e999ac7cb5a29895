package org.medtwin.bench.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The record linkage benchmark of issue 3: {@code febrl DIR} runs MedTwin's linker and Duke 1.2
 * side by side on the FEBRL files; {@code scale NETWORK [--duke-sample N]} links a generated
 * network of about a million records and measures Duke's records per second on a sample of it.
 * {@code --duke-threshold T} sets Duke's match threshold (default 0.95).
 */
public final class LinkageBenchmark {

  /** The training seed, as the tests and {@code medtwin fuse} use it. */
  static final long SEED = 20261125L;

  private LinkageBenchmark() {}

  /**
   * Runs one part.
   *
   * @throws IOException when input cannot be read
   */
  public static void main(String[] args) throws IOException {
    Locale.setDefault(Locale.ROOT);
    if (args.length < 2 || (args.length % 2) != 0) {
      usage("expected a part, its input and options with values");
    }
    int sample = 50_000;
    double threshold = DukeLinker.DEFAULT_THRESHOLD;
    for (int k = 2; k + 1 < args.length; k += 2) {
      switch (args[k]) {
        case "--duke-sample" -> sample = Integer.parseInt(args[k + 1]);
        case "--duke-threshold" -> threshold = Double.parseDouble(args[k + 1]);
        default -> usage("unknown option " + args[k]);
      }
    }
    if (args[0].equals("febrl")) {
      new FebrlSideBySide(Path.of(args[1]), SEED, 2, threshold, System.out).run();
    } else if (args[0].equals("scale")) {
      new ScaleBenchmark(Path.of(args[1]), SEED, sample, threshold, System.out).run();
    } else {
      usage("expected a part and its input");
    }
  }

  private static void usage(String problem) {
    System.err.println("linkage benchmark: " + problem + ". Usage: febrl FEBRL_DIR"
        + " | scale NETWORK_DIR [--duke-sample N]; either with [--duke-threshold T]");
    System.exit(2);
  }
}
