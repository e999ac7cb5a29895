package org.medtwin.fusion.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.RunSummary;
import org.medtwin.fusion.quality.check.Category;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckResult;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Context;
import org.medtwin.fusion.quality.check.Level;
import org.medtwin.fusion.quality.check.Probe;
import org.medtwin.fusion.quality.check.Status;

class HtmlTest {

  private static final CheckType TYPE = new CheckType("orphan_fact", Category.CONFORMANCE, Context.VERIFICATION,
      Level.TABLE, "A fact's patient exists.");
  private static final CheckInstance INSTANCE = new CheckInstance(TYPE, "observation", "patient_id", new Probe.Rows("x"));

  private static QualityReport report(List<CheckResult> results, List<RunSummary> trend) {
    return new QualityReport("run-2", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:05Z"),
        "store.duckdb", "1.0.0", 79, 1, results, trend);
  }

  @Test
  void hostileRecordIds_andSourceNames_areEscaped_andThePageHasNoScript() {
    CheckResult failed = CheckResult.of(INSTANCE, "<img src=x onerror=alert(1)>", 1, 4, 0,
        List.of("<script>alert('x')</script>"));

    String page = Html.page(report(List.of(failed), List.of()));

    assertThat(page).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void page_countsResults_drawsBarsPerSourceAndCategory_andTheTrend() {
    CheckResult fail = CheckResult.of(INSTANCE, "site-a", 1, 4, 0, List.of("o1"));
    CheckResult pass = CheckResult.of(INSTANCE, "site-b", 0, 4, 0, List.of());
    CheckResult none = CheckResult.of(INSTANCE, "site-c", 0, 0, 0, List.of());
    List<RunSummary> trend = List.of(
        new RunSummary("run-1", Instant.parse("2025-12-31T00:00:00Z"), 2, 0, Map.of()),
        new RunSummary("run-2", Instant.parse("2026-01-01T00:00:05Z"), 2, 1, Map.of("conformance", 1L)));

    String page = Html.page(report(List.of(fail, pass, none), trend));

    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.percent()).isEqualTo(25.0);
    assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(page).contains("2 results judged", "1 passed", "1 failed", "1 not applicable");
    assertThat(page).contains("site-a · conformance", "site-b · conformance", "<polyline", "<code>site-a:o1</code>");
    // The trend's passed share: run-1 2 of 2 = 100.0 %, run-2 1 of 2 = 50.0 %.
    assertThat(page).contains("<td class=\"num\">100.0</td>", "<td class=\"num\">50.0</td>");
  }
}
