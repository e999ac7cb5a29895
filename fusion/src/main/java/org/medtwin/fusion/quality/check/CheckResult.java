package org.medtwin.fusion.quality.check;

import java.util.List;

/**
 * The outcome of one check instance for one source: violating rows over the denominator, the
 * threshold it was held to, the verdict, and up to N example record ids of that source.
 */
public record CheckResult(
    String checkId,
    String checkType,
    Category category,
    Context context,
    Level level,
    String table,
    String field,
    String description,
    String source,
    long violations,
    long denominator,
    double percent,
    double maxPercent,
    Status status,
    List<String> examples) {

  public CheckResult {
    examples = List.copyOf(examples);
  }

  /** Judges counts against a threshold: fails when the violating share exceeds {@code maxPercent}. */
  public static CheckResult of(
      CheckInstance instance, String source, long violations, long denominator, double maxPercent,
      List<String> examples) {
    double percent = denominator == 0 ? 0.0 : 100.0 * violations / denominator;
    Status status =
        denominator == 0 ? Status.NOT_APPLICABLE : percent > maxPercent ? Status.FAIL : Status.PASS;
    CheckType type = instance.type();
    return new CheckResult(
        instance.id(), type.id(), type.category(), type.context(), type.level(), instance.table(),
        instance.field(), type.description(), source, violations, denominator, percent, maxPercent,
        status, examples);
  }
}
