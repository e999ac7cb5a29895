package org.medtwin.twin.glucose.model;

/** An autonomous system of ordinary differential equations dx/dt = f(x) (inputs held fixed). */
public interface OdeSystem {

  /** Number of states. */
  int dimension();

  /** Writes f(x) into {@code dx}; must not keep either array. */
  void derivatives(double[] x, double[] dx);
}
