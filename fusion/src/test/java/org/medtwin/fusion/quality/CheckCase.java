package org.medtwin.fusion.quality;

import java.sql.SQLException;

/**
 * Data that fails one check type: how to break the clean fixture, which instance and source must
 * fail, with how many violating rows (counted by hand from the fixture) and which record first.
 */
record CheckCase(
    String typeId, String instanceId, String source, long violations, String firstExample, boolean previousRun,
    Breaker breaker) {

  /** Changes the clean fixture so that the check fails. */
  @FunctionalInterface
  interface Breaker {
    void apply(QualityFixture fixture) throws SQLException;
  }

  static CheckCase of(String instanceId, String source, long violations, String firstExample, Breaker breaker) {
    return new CheckCase(type(instanceId), instanceId, source, violations, firstExample, false, breaker);
  }

  /** A case for a check that compares with the previous run: the fixture is checked once before breaking. */
  static CheckCase afterRun(String instanceId, String source, long violations, String firstExample, Breaker breaker) {
    return new CheckCase(type(instanceId), instanceId, source, violations, firstExample, true, breaker);
  }

  private static String type(String instanceId) {
    return instanceId.contains("@") ? instanceId.substring(0, instanceId.indexOf('@')) : instanceId;
  }

  @Override
  public String toString() {
    return instanceId;
  }
}
