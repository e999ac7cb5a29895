package org.medtwin.generator;

import java.nio.file.Path;
import java.time.Instant;
import org.medtwin.generator.truth.OverlapRates;

/**
 * Everything one generator run needs, built once from the command line and passed in.
 *
 * @param patients number of persons to generate, 1 to {@link #MAX_PATIENTS}
 * @param seed seed of every random choice; the same seed gives byte-identical output
 * @param out output directory
 * @param force whether a non-empty output directory may be overwritten
 * @param overlap fractions of persons held by exactly 1, 2 and 3 sources
 * @param noise probability that a copy of a person gets each kind of demographic noise
 * @param demographicsOnly whether to skip Synthea's simulation and write patient records only
 * @param yearsOfHistory years of clinical history Synthea exports per patient
 */
public record GeneratorSettings(
    int patients,
    long seed,
    Path out,
    boolean force,
    OverlapRates overlap,
    double noise,
    boolean demographicsOnly,
    int yearsOfHistory) {

  /** The fixed "today" of every run, so output never depends on the clock. */
  public static final Instant REFERENCE_TIME = Instant.parse("2026-01-01T00:00:00Z");

  /** Most persons per run: hospital B's ids have seven digits. */
  public static final int MAX_PATIENTS = 9_999_999;

  /** The usage line printed with argument errors. */
  public static final String USAGE =
      "Usage: --patients N --seed S --out DIR [--force] [--overlap-one F --overlap-two F --overlap-three F]"
          + " [--noise P] [--demographics-only] [--years-of-history Y]";

  /**
   * Parses the command line.
   *
   * @param args the arguments as given to {@code main}
   * @return the settings
   * @throws UsageException naming the bad argument and its allowed range
   */
  public static GeneratorSettings parse(String... args) throws UsageException {
    Integer patients = null;
    long seed = 1;
    Path out = null;
    boolean force = false;
    double one = OverlapRates.DEFAULT.one();
    double two = OverlapRates.DEFAULT.two();
    double three = OverlapRates.DEFAULT.three();
    double noise = 0.3;
    boolean demographicsOnly = false;
    int years = 10;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      switch (name) {
        case "--force" -> force = true;
        case "--demographics-only" -> demographicsOnly = true;
        case "--patients" -> patients = (int) longValue(name, value(args, ++i, name), 1, MAX_PATIENTS);
        case "--seed" -> seed = longValue(name, value(args, ++i, name), Long.MIN_VALUE, Long.MAX_VALUE);
        case "--out" -> out = Path.of(value(args, ++i, name));
        case "--overlap-one" -> one = fraction(name, value(args, ++i, name));
        case "--overlap-two" -> two = fraction(name, value(args, ++i, name));
        case "--overlap-three" -> three = fraction(name, value(args, ++i, name));
        case "--noise" -> noise = fraction(name, value(args, ++i, name));
        case "--years-of-history" -> years = (int) longValue(name, value(args, ++i, name), 1, 200);
        default -> throw new UsageException("Unknown argument '" + name + "'. " + USAGE);
      }
    }
    if (patients == null) {
      throw new UsageException("--patients is required: a whole number >= 1. " + USAGE);
    }
    if (out == null) {
      throw new UsageException("--out is required: the directory to write the network into. " + USAGE);
    }
    if (Math.abs(one + two + three - 1.0) > 1e-6) {
      throw new UsageException(
          "--overlap-one, --overlap-two and --overlap-three must sum to 1, got "
              + one + " + " + two + " + " + three + ".");
    }
    return new GeneratorSettings(
        patients, seed, out, force, new OverlapRates(one, two, three), noise, demographicsOnly, years);
  }

  private static String value(String[] args, int index, String name) throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(name + " needs a value. " + USAGE);
    }
    return args[index];
  }

  private static long longValue(String name, String text, long min, long max) throws UsageException {
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be a whole number in [" + min + ", " + max + "], got '" + text + "'.");
    }
    if (value < min || value > max) {
      throw new UsageException(name + " must be in [" + min + ", " + max + "], got " + value + ".");
    }
    return value;
  }

  private static double fraction(String name, String text) throws UsageException {
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be a fraction in [0, 1], got '" + text + "'.");
    }
    if (!(value >= 0 && value <= 1)) {
      throw new UsageException(
          name + " must be a fraction in [0, 1], got " + text + ". Maybe a percentage was given?");
    }
    return value;
  }
}
