package org.medtwin.cli.pk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.estimation.FitSubject;
import org.medtwin.pharma.pkpd.estimation.ObservationDiagnostic;
import org.medtwin.pharma.pkpd.estimation.PopulationFit;
import org.medtwin.pharma.pkpd.estimation.PopulationProblem;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/**
 * The HTML page of a population fit: estimates with SEs, IIV and shrinkage, then the usual
 * goodness-of-fit plots (DV against PRED and IPRED, CWRES against time and PRED) and every
 * subject's observations with its individual and population curves.
 */
final class FitReportPage {

  private static final int CURVE_POINTS = 200;

  private FitReportPage() {}

  static HtmlPage of(PopulationModel model, NonmemDataset dataset, PopulationProblem problem,
      PopulationFit fit) {
    HtmlPage page = new HtmlPage("Population fit: " + model.name() + " to " + dataset.source());
    page.paragraph(String.format(Locale.ROOT, "%s, %d subjects, %d observations. OFV %.4f"
        + " (-2 log likelihood %.4f), %s after %d evaluations. Estimates are in the data's units"
        + " (a dose per kg gives clearances and volumes per kg).", fit.method(),
        fit.subjects().size(), fit.observations(), fit.ofv(), fit.minus2LogLikelihood(),
        fit.converged() ? "converged" : "not converged", fit.evaluations()));
    page.heading("Estimates");
    page.table(List.of("parameter", "estimate", "SE", "RSE %"), estimateRows(fit));
    page.heading("Inter-individual variability");
    List<List<String>> iiv = new ArrayList<>();
    fit.omega().forEach((name, variance) -> iiv.add(List.of(name, number(variance),
        String.format(Locale.ROOT, "%.1f", 100 * Math.sqrt(Math.expm1(variance))),
        String.format(Locale.ROOT, "%.1f", 100 * fit.shrinkage().eta().get(name)))));
    page.table(List.of("eta on", "variance", "CV %", "shrinkage %"), iiv);
    page.paragraph(String.format(Locale.ROOT, "Epsilon shrinkage %.1f%%. Standard errors from the"
        + " %s covariance matrix.", 100 * fit.shrinkage().epsilon(),
        fit.standardErrors().covariance()));
    for (String note : problem.notes()) {
      page.paragraph("Note: " + note);
    }
    for (String warning : fit.warnings()) {
      page.paragraph("Warning: " + warning);
    }
    page.heading("Goodness of fit");
    page.scatterRow(goodnessOfFit(fit.diagnostics(), model.units().time()));
    page.heading("Individual fits");
    page.paragraph("Points: observations; solid line: individual prediction (IPRED); dashed:"
        + " population prediction (PRED).");
    for (FitSubject subject : problem.subjects()) {
      page.heading("Subject " + subject.id());
      page.chart(individualChart(fit, subject));
    }
    return page;
  }

  private static List<List<String>> estimateRows(PopulationFit fit) {
    List<List<String>> rows = new ArrayList<>();
    addRows(rows, "", fit.theta(), fit.standardErrors().theta());
    addRows(rows, "omega ", fit.omega(), fit.standardErrors().omega());
    addRows(rows, "sigma ", fit.sigma(), fit.standardErrors().sigma());
    return rows;
  }

  private static void addRows(List<List<String>> rows, String prefix, Map<String, Double> values,
      Map<String, Double> errors) {
    values.forEach((name, value) -> {
      Double se = errors.get(name);
      rows.add(List.of(prefix + name, number(value), se == null ? "-" : number(se),
          se == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * se / value)));
    });
  }

  private static List<ScatterChart> goodnessOfFit(List<ObservationDiagnostic> rows,
      String timeUnit) {
    double[] dv = rows.stream().mapToDouble(ObservationDiagnostic::observed).toArray();
    double[] pred = rows.stream().mapToDouble(ObservationDiagnostic::pred).toArray();
    double[] ipred = rows.stream().mapToDouble(ObservationDiagnostic::ipred).toArray();
    double[] cwres = rows.stream().mapToDouble(ObservationDiagnostic::cwres).toArray();
    double[] time = rows.stream().mapToDouble(ObservationDiagnostic::time).toArray();
    return List.of(
        new ScatterChart("Observed vs PRED", "PRED", "DV", pred, dv).identityLine(),
        new ScatterChart("Observed vs IPRED", "IPRED", "DV", ipred, dv).identityLine(),
        new ScatterChart("CWRES vs time", "time (" + timeUnit + ")", "CWRES", time, cwres)
            .horizontalLine(0).horizontalLine(-2).horizontalLine(2),
        new ScatterChart("CWRES vs PRED", "PRED", "CWRES", pred, cwres)
            .horizontalLine(0).horizontalLine(-2).horizontalLine(2));
  }

  private static SvgChart individualChart(PopulationFit fit, FitSubject subject) {
    double[] observed = subject.times();
    double start = Math.min(0, observed[0]);
    double end = observed[observed.length - 1];
    double[] grid = new double[CURVE_POINTS + 1];
    for (int i = 0; i <= CURVE_POINTS; i++) {
      grid[i] = start + (end - start) * i / CURVE_POINTS;
    }
    PopulationFit.Curves curves = fit.curves(subject, grid);
    return new SvgChart("time", "concentration")
        .line("IPRED", curves.times(), curves.ipred(), "#1b4f72")
        .dashed("PRED", curves.times(), curves.pred(), "#7f8c8d")
        .points("observed", subject.times(), subject.observed(), "#c0392b", false);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
