package org.medtwin.learn.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.learn.cohort.AttritionStep;
import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.evaluate.Performance;
import org.medtwin.learn.study.StudyTrainer;

/**
 * The self-contained HTML page of a training run: ROC, precision-recall and calibration plots
 * (inline SVG, no external resources), metrics with their intervals, the attrition table, the
 * comparison with the clinical baseline, global importance and each model card.
 */
public final class TrainingReport {

  private TrainingReport() {}

  /**
   * Writes the report.
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(StudyTrainer.Run run, Path out) throws IOException {
    CohortDefinition d = run.data().cohort().definition();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(d.title()))
        .append("</title><style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + "th{background:#f3f3f3}.num{text-align:right}</style></head><body>");
    h.append("<h1>").append(Html.escape(d.title())).append("</h1><p>").append(Html.escape(d.description())).append("</p>");
    h.append("<p>Study <code>").append(Html.escape(d.name())).append("</code>, index date ").append(d.indexDate())
        .append(", time at risk ").append(d.outcome().horizonDays()).append(" days. Split: ")
        .append(Html.escape(run.data().split().description())).append(".</p>");
    h.append("<h2>Attrition</h2><table><tr><th>Criterion</th><th>Remaining</th><th>Removed</th></tr>");
    for (AttritionStep s : run.data().cohort().attrition()) {
      h.append("<tr><td>").append(Html.escape(s.criterion())).append("</td><td class=\"num\">").append(s.remaining())
          .append("</td><td class=\"num\">").append(s.removed()).append("</td></tr>");
    }
    h.append("</table><p>").append(run.data().cohort().members().size()).append(" persons, ").append(run.data().cohort().events())
        .append(" with the outcome; ").append(run.data().split().train().size()).append(" train, ")
        .append(run.data().split().test().size()).append(" test; ").append(run.data().matrix().columns().size()).append(" features.</p>");
    metrics(h, run);
    plots(h, run);
    for (StudyTrainer.Result r : run.results()) {
      h.append("<h2>Model ").append(Html.escape(r.model().modelId())).append("</h2>");
      if (r.baseline() != null) {
        h.append("<p><b>Against the ").append(Html.escape(String.valueOf(r.baseline().get("baseline")))).append(":</b> ")
            .append(Html.escape(baselineLine(r.baseline()))).append("</p>");
      }
      h.append("<h3>Global importance (mean |contribution to log-odds| on the test persons)</h3><table><tr><th>Feature</th><th>Mean |log-odds|</th></tr>");
      for (Map<String, Object> row : r.importance()) {
        h.append("<tr><td>").append(Html.escape(String.valueOf(row.get("label")))).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%.4f", (Double) row.get("meanAbsLogOdds"))).append("</td></tr>");
      }
      h.append("</table><h3>Model card</h3><pre style=\"white-space:pre-wrap\">").append(Html.escape(r.model().modelCardJson()
          .replace(",\"", ",\n\"")))
          .append("</pre>");
    }
    h.append("</body></html>\n");
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, h.toString(), StandardCharsets.UTF_8);
  }

  private static String baselineLine(Map<String, Object> b) {
    if (b.containsKey("baselineAuroc")) {
      return String.format(Locale.ROOT, "AUROC %.3f for the model vs %.3f for the baseline on %s test persons the baseline can score (%s events). %s",
          (Double) b.get("modelAuroc"), (Double) b.get("baselineAuroc"), b.get("scoredByBaseline"), b.get("events"), b.get("verdict"));
    }
    return String.valueOf(b.get("verdict"));
  }

  private static void metrics(StringBuilder h, StudyTrainer.Run run) {
    h.append("<h2>Test performance (95% bootstrap intervals, ").append(Performance.DEFAULT_RESAMPLES).append(" resamples)</h2>")
        .append("<table><tr><th>Model</th><th>AUROC</th><th>AUPRC</th><th>Brier</th><th>Calibration intercept</th><th>Calibration slope</th></tr>");
    for (StudyTrainer.Result r : run.results()) {
      Performance p = r.evaluation().performance();
      h.append("<tr><td>").append(Html.escape(r.model().modelId())).append("</td><td>").append(p.auroc().formatted(3))
          .append("</td><td>").append(p.auprc().formatted(3)).append("</td><td>").append(p.brier().formatted(4))
          .append("</td><td>").append(p.calibrationIntercept().formatted(2)).append("</td><td>")
          .append(p.calibrationSlope().formatted(2)).append("</td></tr>");
    }
    h.append("</table>");
  }

  private static void plots(StringBuilder h, StudyTrainer.Run run) {
    List<SvgPlot.Series> roc = new ArrayList<>();
    List<SvgPlot.Series> pr = new ArrayList<>();
    List<SvgPlot.Series> cal = new ArrayList<>();
    for (StudyTrainer.Result r : run.results()) {
      String name = r.model().algorithm();
      roc.add(new SvgPlot.Series(name, r.evaluation().roc(), true));
      pr.add(new SvgPlot.Series(name, r.evaluation().precisionRecall(), true));
      cal.add(new SvgPlot.Series(name, r.evaluation().calibration(), false));
    }
    h.append("<h2>Curves on the test persons</h2><div>");
    h.append(SvgPlot.plot("ROC", "false positive rate", "true positive rate", roc, true));
    h.append(SvgPlot.plot("Precision-recall", "recall", "precision", pr, false));
    h.append(SvgPlot.plot("Calibration (deciles of risk)", "predicted risk", "observed rate", cal, true));
    h.append("</div>");
  }
}
