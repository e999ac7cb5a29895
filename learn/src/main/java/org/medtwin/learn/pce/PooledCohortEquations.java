package org.medtwin.learn.pce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The 2013 ACC/AHA Pooled Cohort Equations (Goff et al., Circulation 2014): 10-year risk of a first
 * hard atherosclerotic cardiovascular event, with coefficients read from the versioned data file
 * {@code pooled-cohort-equations-2013.json} that cites the publication's Table A.
 */
public final class PooledCohortEquations {

  static final String RESOURCE = "pooled-cohort-equations-2013.json";
  private static final Set<String> TERMS = Set.of(
      "lnAge", "lnAgeSquared", "lnTotalCholesterol", "lnAgeLnTotalCholesterol", "lnHdl", "lnAgeLnHdl",
      "lnTreatedSystolic", "lnAgeLnTreatedSystolic", "lnUntreatedSystolic", "lnAgeLnUntreatedSystolic",
      "smoker", "lnAgeSmoker", "diabetes");

  private record Equation(double baselineSurvival, double meanSum, Map<String, Double> coefficients) {}

  private final Map<String, Equation> equations;
  private final String source;
  private final double[][] validRanges;

  private PooledCohortEquations(Map<String, Equation> equations, String source, double[][] validRanges) {
    this.equations = equations;
    this.source = source;
    this.validRanges = validRanges;
  }

  /**
   * Loads the shipped equations and checks that all four sex and race groups are present.
   *
   * @throws IllegalStateException when the data file is missing or malformed
   */
  public static PooledCohortEquations load() {
    try (InputStream in = PooledCohortEquations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the MedTwin build.");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static PooledCohortEquations parse(JsonNode root) {
    Map<String, Equation> equations = new HashMap<>();
    for (JsonNode node : root.path("equations")) {
      Map<String, Double> coefficients = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.path("coefficients").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> term = it.next();
        if (!TERMS.contains(term.getKey())) {
          throw new IllegalStateException(RESOURCE + ": unknown term '" + term.getKey() + "'. Known: " + TERMS);
        }
        coefficients.put(term.getKey(), term.getValue().asDouble());
      }
      double s10 = node.path("baselineSurvival").asDouble(Double.NaN);
      if (!(s10 > 0 && s10 < 1)) {
        throw new IllegalStateException(RESOURCE + ": baselineSurvival must be in (0, 1), got " + s10);
      }
      equations.put(key(node.path("race").asText(), node.path("sex").asText()),
          new Equation(s10, node.path("meanSum").asDouble(), Map.copyOf(coefficients)));
    }
    for (PceRace race : PceRace.values()) {
      for (String sex : new String[] {"male", "female"}) {
        if (!equations.containsKey(key(race.fileName(), sex))) {
          throw new IllegalStateException(RESOURCE + " lacks the equation for " + race.fileName() + " " + sex);
        }
      }
    }
    JsonNode valid = root.path("validInputs");
    double[][] ranges = {range(valid, "age"), range(valid, "totalCholesterol"), range(valid, "hdl"), range(valid, "systolic")};
    return new PooledCohortEquations(Map.copyOf(equations), root.path("source").asText(), ranges);
  }

  private static double[] range(JsonNode valid, String name) {
    JsonNode r = valid.path(name);
    if (r.size() != 2) {
      throw new IllegalStateException(RESOURCE + ": validInputs." + name + " must be [low, high]");
    }
    return new double[] {r.get(0).asDouble(), r.get(1).asDouble()};
  }

  private static String key(String race, String sex) {
    return race + "/" + sex;
  }

  /** The publication the coefficients come from. */
  public String source() {
    return source;
  }

  /** The sum of coefficient times term (the individual's "IndX'B" in the publication's example). */
  public double individualSum(PceInputs in) {
    Equation eq = equation(in);
    double lnAge = Math.log(in.age());
    double lnTc = Math.log(in.totalCholesterol());
    double lnHdl = Math.log(in.hdl());
    double lnSbp = Math.log(in.systolic());
    double smoker = in.smoker() ? 1 : 0;
    Map<String, Double> c = eq.coefficients();
    double sum = c.getOrDefault("lnAge", 0.0) * lnAge
        + c.getOrDefault("lnAgeSquared", 0.0) * lnAge * lnAge
        + c.getOrDefault("lnTotalCholesterol", 0.0) * lnTc
        + c.getOrDefault("lnAgeLnTotalCholesterol", 0.0) * lnAge * lnTc
        + c.getOrDefault("lnHdl", 0.0) * lnHdl
        + c.getOrDefault("lnAgeLnHdl", 0.0) * lnAge * lnHdl
        + c.getOrDefault("smoker", 0.0) * smoker
        + c.getOrDefault("lnAgeSmoker", 0.0) * lnAge * smoker
        + c.getOrDefault("diabetes", 0.0) * (in.diabetes() ? 1 : 0);
    if (in.treatedHypertension()) {
      sum += c.getOrDefault("lnTreatedSystolic", 0.0) * lnSbp + c.getOrDefault("lnAgeLnTreatedSystolic", 0.0) * lnAge * lnSbp;
    } else {
      sum += c.getOrDefault("lnUntreatedSystolic", 0.0) * lnSbp + c.getOrDefault("lnAgeLnUntreatedSystolic", 0.0) * lnAge * lnSbp;
    }
    return sum;
  }

  /** The 10-year risk, a probability in [0, 1]. */
  public double tenYearRisk(PceInputs in) {
    Equation eq = equation(in);
    return 1 - Math.pow(eq.baselineSurvival(), Math.exp(individualSum(in) - eq.meanSum()));
  }

  /**
   * The same inputs with age, cholesterols and blood pressure held to the ranges the equations were
   * derived in (as the guideline's own calculator does).
   */
  public PceInputs clampedToValidRanges(PceInputs in) {
    return new PceInputs(clamp(in.age(), validRanges[0]), in.race(), in.male(),
        clamp(in.totalCholesterol(), validRanges[1]), clamp(in.hdl(), validRanges[2]),
        clamp(in.systolic(), validRanges[3]), in.treatedHypertension(), in.smoker(), in.diabetes());
  }

  /** Whether the age is one the equations were derived for (40 to 79 years). */
  public boolean ageInRange(double age) {
    return age >= validRanges[0][0] && age < validRanges[0][1] + 1;
  }

  private static double clamp(double value, double[] range) {
    return Math.max(range[0], Math.min(range[1], value));
  }

  private Equation equation(PceInputs in) {
    return equations.get(key(in.race().fileName(), in.male() ? "male" : "female"));
  }
}
