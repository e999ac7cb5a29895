package org.medtwin.pharma.pkpd.data;

/**
 * Which CMT numbers of a NONMEM dataset mean the absorption depot and the central compartment, as
 * PREDPP's ADVANs number them: with first-order absorption (ADVAN2, 4, 12) the depot is 1 and the
 * central compartment 2; without it (ADVAN1, 3, 11) the central compartment is 1. A dose without a
 * CMT goes to the depot when there is one, else to the central compartment.
 *
 * @param depot CMT number of the depot, or 0 when the model has none
 * @param central CMT number of the central compartment
 */
public record DoseRouting(int depot, int central) {

  /** Guards the numbers. */
  public DoseRouting {
    if (central < 1 || depot < 0 || depot == central) {
      throw new IllegalArgumentException(
          "Dose routing needs distinct compartments, got depot " + depot + ", central " + central + ".");
    }
  }

  /** Depot 1, central 2 (first-order absorption models). */
  public static DoseRouting withDepot() {
    return new DoseRouting(1, 2);
  }

  /** Central 1, no depot (intravenous models). */
  public static DoseRouting intravenous() {
    return new DoseRouting(0, 1);
  }

  /** The routing that matches a model with or without a depot. */
  public static DoseRouting forModel(boolean hasDepot) {
    return hasDepot ? withDepot() : intravenous();
  }

  /** True when the model has a depot. */
  public boolean hasDepot() {
    return depot > 0;
  }
}
