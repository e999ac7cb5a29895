package org.medtwin.twin.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medtwin.pharma.pkpd.library.LibraryException;
import org.medtwin.pharma.pkpd.library.ModelLibrary;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.simulation.ExposureTarget;
import org.medtwin.twin.engine.PatientTwin;

/**
 * Simulates every candidate treatment on a twin and ranks them: efficacy is the probability of
 * reaching the formulary's exposure target over a virtual population of the patient, risk the
 * probability of toxic exposure plus interactions and contraindications; excluded candidates say why.
 * The Pareto front holds the candidates no other beats on both efficacy and risk.
 */
public final class TreatmentRanker {

  private static final double MAJOR_RISK = 0.5;
  private static final double MODERATE_RISK = 0.2;

  private final Formulary formulary;
  private final ModelLibrary library;
  private final RankingSettings settings;

  public TreatmentRanker(Formulary formulary, ModelLibrary library, RankingSettings settings) {
    this.formulary = formulary;
    this.library = library;
    this.settings = settings;
  }

  /** What a drug allows for this twin: its simulation, or why it cannot be given or simulated. */
  private record DrugVerdict(FormularyDrug drug, DrugSimulation simulation, List<String> exclusions,
      SafetyFindings safety) {}

  /** Ranks the candidates for the twin; every candidate comes back, ranked or excluded with reasons. */
  public List<RankedCandidate> rank(PatientTwin twin, List<Candidate> candidates) {
    Map<String, Double> covariates = TwinCovariates.of(twin);
    Map<String, DrugVerdict> verdicts = new HashMap<>();
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      DrugVerdict verdict = verdicts.computeIfAbsent(candidate.drug(), drug -> verdict(drug, twin, covariates));
      scored.add(score(candidate, verdict, twin));
    }
    return order(scored);
  }

  /** A candidate with its numbers, before ranking. */
  private static final class Scored {
    final Candidate candidate;
    final List<String> exclusions;
    final List<String> warnings;
    final double efficacy;
    final double toxicity;
    final double median;
    final double risk;
    final String target;
    boolean front;

    Scored(Candidate candidate, List<String> exclusions, List<String> warnings, double efficacy, double toxicity,
        double median, double risk, String target) {
      this.candidate = candidate;
      this.exclusions = exclusions;
      this.warnings = warnings;
      this.efficacy = efficacy;
      this.toxicity = toxicity;
      this.median = median;
      this.risk = risk;
      this.target = target;
    }

    boolean dominates(Scored other) {
      return efficacy >= other.efficacy && risk <= other.risk && (efficacy > other.efficacy || risk < other.risk);
    }
  }

  private DrugVerdict verdict(String name, PatientTwin twin, Map<String, Double> covariates) {
    FormularyDrug drug = formulary.drug(name);
    if (drug == null) {
      return new DrugVerdict(null, null, List.of("'" + name + "' is not in formulary " + formulary.version()
          + ". Maybe one of " + formulary.drugs().keySet() + "?"), new SafetyFindings(List.of(), List.of(), 0, 0));
    }
    SafetyFindings safety = SafetyFindings.of(drug.drug(), twin, formulary);
    List<String> exclusions = new ArrayList<>(safety.exclusions());
    String invalid = validity(drug, covariates);
    DrugSimulation simulation = null;
    if (invalid != null) {
      exclusions.add("not simulated: " + invalid);
    } else if (drug.efficacy() == null) {
      exclusions.add("not simulated: no exposure target the twin can reach [" + drug.source() + "]");
    } else {
      try {
        PopulationModel model = library.model(drug.model());
        List<String> missing = new ArrayList<>();
        model.covariates().forEach(c -> {
          if (!covariates.containsKey(c.name())) {
            missing.add(c.name() + " (" + c.description() + ")");
          }
        });
        if (missing.isEmpty()) {
          simulation = new DrugSimulation(model, covariates, settings.draws(), settings.seed());
        } else {
          exclusions.add("not simulated: model " + drug.model() + " needs " + String.join(", ", missing)
              + ", which the twin lacks");
        }
      } catch (LibraryException | IllegalArgumentException e) {
        exclusions.add("not simulated: model " + drug.model() + ": " + e.getMessage());
      }
    }
    return new DrugVerdict(drug, simulation, exclusions, safety);
  }

  /** Why the drug's model does not apply to this patient, or null when it does. */
  private static String validity(FormularyDrug drug, Map<String, Double> covariates) {
    String age = outside("age", drug.ageYears(), covariates.get("AGE"), "years");
    String days = outside("age", drug.ageDays(), covariates.get("PNA"), "days");
    String weight = outside("weight", drug.weightKg(), covariates.get("WT"), "kg");
    String problem = age != null ? age : days != null ? days : weight;
    return problem == null ? null : "model " + drug.model() + " is valid for " + problem;
  }

  private static String outside(String what, double[] range, Double value, String unit) {
    if (range == null) {
      return null;
    }
    String valid = what + " " + number(range[0]) + "-" + number(range[1]) + " " + unit;
    if (value == null) {
      return valid + "; the twin has no " + what;
    }
    return value < range[0] || value > range[1] ? valid + "; the patient's is " + number(value) + " " + unit : null;
  }

  private Scored score(Candidate candidate, DrugVerdict verdict, PatientTwin twin) {
    List<String> exclusions = new ArrayList<>(verdict.exclusions());
    exclusions.addAll(DoseLimits.broken(candidate, twin, formulary));
    if (!exclusions.isEmpty() || verdict.simulation() == null) {
      return new Scored(candidate, exclusions, verdict.safety().warnings(), Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, null);
    }
    FormularyDrug drug = verdict.drug();
    double[] efficacyMetric = verdict.simulation().metric(candidate.regimen(), drug.efficacy().metric());
    int onTarget = 0;
    for (double value : efficacyMetric) {
      if (drug.efficacy().contains(value)) {
        onTarget++;
      }
    }
    int toxic = 0;
    if (drug.toxicMetric() != null) {
      for (double value : verdict.simulation().metric(candidate.regimen(), drug.toxicMetric())) {
        if (value > drug.toxicAbove()) {
          toxic++;
        }
      }
    }
    double[] sorted = efficacyMetric.clone();
    Arrays.sort(sorted);
    double efficacy = (double) onTarget / efficacyMetric.length;
    double toxicity = (double) toxic / efficacyMetric.length;
    double risk = toxicity + MAJOR_RISK * verdict.safety().majors() + MODERATE_RISK * verdict.safety().moderates();
    return new Scored(candidate, List.of(), verdict.safety().warnings(), efficacy, toxicity, sorted[sorted.length / 2],
        risk, drug.efficacy().describe());
  }

  /** Pareto front first, then by efficacy minus risk, then the smaller daily dose; excluded last. */
  private static List<RankedCandidate> order(List<Scored> scored) {
    List<Scored> included = new ArrayList<>();
    List<Scored> excluded = new ArrayList<>();
    for (Scored s : scored) {
      (s.exclusions.isEmpty() ? included : excluded).add(s);
    }
    markFront(included);
    included.sort(Comparator.<Scored, Boolean>comparing(s -> !s.front)
        .thenComparing(s -> -(s.efficacy - s.risk))
        .thenComparing(s -> s.candidate.regimen().dailyAmount())
        .thenComparing(s -> s.candidate.id()));
    List<Scored> front = included.stream().filter(s -> s.front).toList();
    List<RankedCandidate> ranked = new ArrayList<>(scored.size());
    for (Scored s : included) {
      int rank = ranked.size() + 1;
      ranked.add(new RankedCandidate(s.candidate, rank, false, List.of(), s.efficacy, s.toxicity, s.median,
          s.warnings, s.risk, s.front, reason(s, rank, front, ranked)));
    }
    for (Scored s : excluded) {
      int rank = ranked.size() + 1;
      ranked.add(new RankedCandidate(s.candidate, rank, true, s.exclusions, Double.NaN, Double.NaN, Double.NaN,
          s.warnings, Double.NaN, false, "excluded: " + String.join("; ", s.exclusions)));
    }
    return ranked;
  }

  /** Marks the non-dominated candidates: sorted by efficacy (then risk), a sweep keeps those with a new lowest risk. */
  private static void markFront(List<Scored> included) {
    List<Scored> sorted = new ArrayList<>(included);
    sorted.sort(Comparator.<Scored>comparingDouble(s -> -s.efficacy).thenComparingDouble(s -> s.risk));
    double bestRisk = Double.POSITIVE_INFINITY;
    for (Scored s : sorted) {
      if (s.risk < bestRisk) {
        s.front = true;
        bestRisk = s.risk;
      }
    }
  }

  private static String reason(Scored s, int rank, List<Scored> front, List<RankedCandidate> above) {
    String numbers = String.format(Locale.ROOT, "%.0f%% of virtual patients reach %s (median %.3g), %.0f%% toxic",
        100 * s.efficacy, s.target, s.median, 100 * s.toxicity)
        + (s.warnings.isEmpty() ? "" : ", " + s.warnings.size() + " warning(s) add risk")
        + String.format(Locale.ROOT, "; risk %.2f", s.risk);
    if (s.front) {
      return "#" + rank + " on the Pareto front (no candidate is both more effective and safer): " + numbers;
    }
    for (Scored better : front) {
      if (better.dominates(s)) {
        return "#" + rank + ": " + numbers + "; dominated by " + better.candidate.describe()
            + String.format(Locale.ROOT, " (%.0f%% on target, risk %.2f)", 100 * better.efficacy, better.risk);
      }
    }
    return "#" + rank + ": " + numbers;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
  }
}
