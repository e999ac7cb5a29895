package org.medtwin.fusion.quality.check;

/**
 * Kahn's two contexts: verification judges the data against the model's own rules and knowledge
 * inside the store; validation judges it against something outside (another source, an earlier
 * run, a clinical reference).
 */
public enum Context {
  /** Against the model's own rules, constraints and expectations. */
  VERIFICATION,
  /** Against an external benchmark: other sources, earlier runs, clinical references. */
  VALIDATION;

  /** The lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
