package org.medtwin.pharma.pkpd.dosing;

/**
 * Whether a dose is given at steady state, as NONMEM's SS and II items say.
 *
 * <p>{@link Mode#RESET} (SS=1): the system is at the steady state of this dose repeated every
 * {@code interval} forever, and every earlier dose is forgotten. {@link Mode#ADD} (SS=2): that
 * steady state is added to what earlier doses left behind.
 *
 * @param mode none, reset or add
 * @param interval dosing interval of the implied repeated dose (0 when mode is NONE)
 */
public record SteadyState(Mode mode, double interval) {

  /** A single dose, no steady state. */
  public static final SteadyState NONE = new SteadyState(Mode.NONE, 0.0);

  /** The steady-state modes of NONMEM's SS item. */
  public enum Mode {
    /** A single dose (SS=0). */
    NONE,
    /** Steady state that replaces the earlier history (SS=1). */
    RESET,
    /** Steady state added to the earlier history (SS=2). */
    ADD
  }

  /** Guards the interval. */
  public SteadyState {
    if (mode == null) {
      throw new IllegalArgumentException("Steady-state mode is missing. Maybe use SteadyState.NONE?");
    }
    if (mode == Mode.NONE && interval != 0.0) {
      throw new IllegalArgumentException(
          "A dose that is not at steady state has interval " + interval + "; expected 0.");
    }
    if (mode != Mode.NONE && !(interval > 0 && Double.isFinite(interval))) {
      throw new IllegalArgumentException(
          "Steady-state dose needs an interval > 0, got " + interval + ". Maybe II is missing?");
    }
  }

  /** Steady state of a dose repeated every {@code interval}, replacing earlier doses (SS=1). */
  public static SteadyState reset(double interval) {
    return new SteadyState(Mode.RESET, interval);
  }

  /** Steady state of a dose repeated every {@code interval}, added to earlier doses (SS=2). */
  public static SteadyState add(double interval) {
    return new SteadyState(Mode.ADD, interval);
  }

  /** True when the dose stands for an infinitely repeated dose. */
  public boolean isSteadyState() {
    return mode != Mode.NONE;
  }
}
