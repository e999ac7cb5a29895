package org.medtwin.pharma.pkpd.pd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The INR response to S-warfarin of Hamberg et al. (Clin Pharmacol Ther 2007;81:529): the drug
 * inhibits the production of clotting-factor activity, {@code E = 1 - Emax·C^γ / (EC50^γ + C^γ)},
 * which travels down two parallel transit chains — {@code transits} compartments with mean transit
 * time MTT1, and one compartment with MTT2 — and
 * {@code INR = base + INRmax · (1 - A_last · A_chain2)^λ}. All compartments start at 1 (no drug).
 *
 * @param emax maximal inhibition (fraction)
 * @param gamma Hill coefficient γ
 * @param mtt1 mean transit time of the first chain (h); each of its compartments has rate
 *     transits / MTT1
 * @param mtt2 mean transit time of the second chain (h)
 * @param transits number of compartments in the first chain
 * @param base baseline INR
 * @param inrMax maximal INR increase
 * @param lambda shape exponent λ
 * @param ec50ByVkorc1 EC50 (mg/L of S-warfarin) by VKORC1 -1639 G>A code: number of A alleles 0,
 *     1, 2
 * @param ec50Variance IIV variance (log scale) of EC50
 * @param mtt1Variance IIV variance of MTT1
 * @param mtt2Variance IIV variance of MTT2
 */
public record InrResponse(
    double emax, double gamma, double mtt1, double mtt2, int transits, double base,
    double inrMax, double lambda, Map<Integer, Double> ec50ByVkorc1, double ec50Variance,
    double mtt1Variance, double mtt2Variance) {

  /** Guards the parameters. */
  public InrResponse {
    if (!(emax > 0 && emax <= 1) || !(gamma > 0) || !(mtt1 > 0) || !(mtt2 > 0)
        || transits < 1 || !(inrMax > 0) || !(lambda > 0) || ec50ByVkorc1.isEmpty()) {
      throw new IllegalArgumentException("INR model parameters out of range: emax " + emax
          + ", gamma " + gamma + ", mtt1 " + mtt1 + ", mtt2 " + mtt2 + ", transits " + transits
          + ", inrMax " + inrMax + ", lambda " + lambda + ", ec50 " + ec50ByVkorc1 + ".");
    }
    ec50ByVkorc1 = Map.copyOf(ec50ByVkorc1);
  }

  /**
   * Reads the "pd" block of a library model.
   *
   * @throws IllegalArgumentException naming the missing or bad field
   */
  public static InrResponse fromJson(JsonNode pd, String where) {
    if (!"hamberg-inr".equals(pd.path("type").asText())) {
      throw new IllegalArgumentException(where + ": pd.type must be \"hamberg-inr\", got "
          + pd.path("type") + ".");
    }
    Map<Integer, Double> ec50 = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = pd.path("ec50ByVkorc1").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      ec50.put(Integer.parseInt(e.getKey()), e.getValue().asDouble());
    }
    for (String field : new String[] {"emax", "gamma", "mtt1", "mtt2", "transits", "base",
        "inrMax", "lambda"}) {
      if (!pd.path(field).isNumber()) {
        throw new IllegalArgumentException(where + ": pd." + field + " must be a number.");
      }
    }
    return new InrResponse(pd.path("emax").asDouble(), pd.path("gamma").asDouble(),
        pd.path("mtt1").asDouble(), pd.path("mtt2").asDouble(), pd.path("transits").asInt(),
        pd.path("base").asDouble(), pd.path("inrMax").asDouble(), pd.path("lambda").asDouble(),
        ec50, pd.path("iiv").path("ec50").asDouble(0), pd.path("iiv").path("mtt1").asDouble(0),
        pd.path("iiv").path("mtt2").asDouble(0));
  }

  /**
   * Typical EC50 for a VKORC1 genotype code.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public double ec50(int vkorc1) {
    Double value = ec50ByVkorc1.get(vkorc1);
    if (value == null) {
      throw new IllegalArgumentException("VKORC1 code " + vkorc1 + " is not one of "
          + ec50ByVkorc1.keySet() + " (number of -1639 A alleles).");
    }
    return value;
  }

  /** INR at steady state under a constant S-warfarin concentration {@code c}. */
  public double steadyStateInr(double c, double ec50) {
    double e = inhibition(c, ec50);
    return inr(e, e);
  }

  /**
   * INR at {@code times} (ascending, from 0 = start of therapy) for an S-warfarin concentration
   * time course.
   */
  public double[] simulate(
      DoubleUnaryOperator concentration, double[] times, double ec50, double mtt1i, double mtt2i) {
    int n = transits + 1;
    double k1 = transits / mtt1i;
    double k2 = 1 / mtt2i;
    double[] y = new double[n];
    java.util.Arrays.fill(y, 1.0);
    FirstOrderDifferentialEquations equations = new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return n;
      }

      @Override
      public void computeDerivatives(double t, double[] a, double[] dot) {
        double e = inhibition(concentration.applyAsDouble(t), ec50);
        dot[0] = k1 * (e - a[0]);
        for (int i = 1; i < transits; i++) {
          dot[i] = k1 * (a[i - 1] - a[i]);
        }
        dot[transits] = k2 * (e - a[transits]);
      }
    };
    DormandPrince853Integrator integrator =
        new DormandPrince853Integrator(1e-10, Double.POSITIVE_INFINITY, 1e-12, 1e-10);
    double[] out = new double[times.length];
    double now = 0;
    for (int i = 0; i < times.length; i++) {
      if (times[i] < now) {
        throw new IllegalArgumentException("Times must ascend from 0; got " + times[i] + ".");
      }
      if (times[i] > now) {
        integrator.integrate(equations, now, y, times[i], y);
        now = times[i];
      }
      out[i] = inr(y[transits - 1], y[transits]);
    }
    return out;
  }

  private double inhibition(double c, double ec50) {
    double cg = Math.pow(Math.max(c, 0), gamma);
    return 1 - emax * cg / (Math.pow(ec50, gamma) + cg);
  }

  private double inr(double lastOfChain1, double chain2) {
    double deficit = Math.max(0, 1 - lastOfChain1 * chain2);
    return base + inrMax * Math.pow(deficit, lambda);
  }
}
