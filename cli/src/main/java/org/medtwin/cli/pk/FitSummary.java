package org.medtwin.cli.pk;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.estimation.PopulationFit;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/** The table a person reads after {@code medtwin pk fit}: estimates, SEs, RSE, shrinkage, OFV. */
final class FitSummary {

  private FitSummary() {}

  static void print(PrintWriter out, PopulationModel model, NonmemDataset dataset,
      PopulationFit fit) {
    out.printf(Locale.ROOT, "%s fit of %s to %s: %d subjects, %d observations%n", fit.method(),
        model.name(), dataset.source(), fit.subjects().size(), fit.observations());
    out.printf(Locale.ROOT, "OFV %.4f (-2 log likelihood %.4f), %s after %d evaluations%n",
        fit.ofv(), fit.minus2LogLikelihood(), fit.converged() ? "converged" : "NOT converged",
        fit.evaluations());
    out.printf(Locale.ROOT, "%-14s %12s %12s %8s%n", "parameter", "estimate", "SE", "RSE%");
    section(out, "theta ", fit.theta(), fit.standardErrors().theta());
    section(out, "omega ", fit.omega(), fit.standardErrors().omega());
    section(out, "sigma ", fit.sigma(), fit.standardErrors().sigma());
    fit.omega().forEach((name, variance) -> out.printf(Locale.ROOT,
        "IIV %-10s CV %.1f%%, eta shrinkage %.1f%%%n", name,
        100 * Math.sqrt(Math.expm1(variance)), 100 * fit.shrinkage().eta().get(name)));
    out.printf(Locale.ROOT, "epsilon shrinkage %.1f%%; SEs from the %s covariance%n",
        100 * fit.shrinkage().epsilon(), fit.standardErrors().covariance());
    out.println("Units are the data's: a dose per kg gives clearances and volumes per kg.");
  }

  private static void section(PrintWriter out, String kind, Map<String, Double> values,
      Map<String, Double> errors) {
    values.forEach((name, value) -> {
      Double se = errors.get(name);
      out.printf(Locale.ROOT, "%-14s %12.5g %12s %8s%n", kind + name, value,
          se == null ? "-" : String.format(Locale.ROOT, "%.4g", se),
          se == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * se / value));
    });
  }
}
