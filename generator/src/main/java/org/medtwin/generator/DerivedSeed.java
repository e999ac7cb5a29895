package org.medtwin.generator;

/** Derives independent, reproducible seeds from the run seed and a path of integers (SplitMix64 mixing). */
public final class DerivedSeed {

  private DerivedSeed() {}

  /**
   * Mixes the run seed with the given parts, e.g. {@code of(seed, personIndex, sourceOrdinal)}.
   *
   * @param seed the run's seed
   * @param parts what this stream is for, in order
   * @return a well-mixed 64-bit seed that differs for every distinct input
   */
  public static long of(long seed, long... parts) {
    long h = mix(seed ^ 0x4D65645477696EL);
    for (long part : parts) {
      h = mix(h + 0x9E3779B97F4A7C15L * (part + 1));
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
