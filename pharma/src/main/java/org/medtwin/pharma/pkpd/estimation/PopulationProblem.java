package org.medtwin.pharma.pkpd.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medtwin.pharma.pkpd.data.Measurement;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.data.SubjectData;
import org.medtwin.pharma.pkpd.population.ParameterModel;
import org.medtwin.pharma.pkpd.population.PatientCovariates;
import org.medtwin.pharma.pkpd.population.PopulationModel;
import org.medtwin.pharma.pkpd.population.RandomEffects;
import org.medtwin.pharma.pkpd.population.ResidualError;

/**
 * A library population model and a NONMEM-style dataset made into something FOCE-I can fit: the
 * typical values to estimate (every positive one except bioavailability, which oral data alone
 * cannot identify), the etas of the model's IIV with a diagonal omega, its residual error form,
 * and one {@link FitSubject} per subject with quantified observations.
 *
 * <p>Every subject or sample left out is named in {@link #notes()} with the reason. The library's
 * typical values are starting values; when they are in other units than the data (a model in L
 * and mg for data in mg/kg), the clearances and volumes are first scaled together by the factor
 * that best matches the population predictions to the observations: for linear PK, multiplying
 * every clearance and volume by s divides every concentration by s and leaves the time course
 * unchanged, so this only fixes the units.
 *
 * @param template the library model
 * @param model what is estimated, with initial values
 * @param subjects the subjects to fit
 * @param notes what was left out or changed before fitting, one sentence each
 */
public record PopulationProblem(
    PopulationModel template, FitModel model, List<FitSubject> subjects, List<String> notes) {

  private static final Set<String> SCALED_WITH_UNITS = Set.of("cl", "v", "v1", "q2", "v2", "q3",
      "v3");

  /** Copies the lists. */
  public PopulationProblem {
    subjects = List.copyOf(subjects);
    notes = List.copyOf(notes);
  }

  /**
   * Builds the problem.
   *
   * @throws IllegalArgumentException when the model cannot be estimated here (inter-occasion
   *     variability, no residual error, IIV on a fixed parameter) or no subject has observations
   */
  public static PopulationProblem of(PopulationModel library, NonmemDataset data) {
    if (!library.iovParameters().isEmpty()) {
      throw new IllegalArgumentException("Model " + library.name()
          + " has inter-occasion variability on " + library.iovParameters()
          + ", which this FOCE-I does not estimate. Maybe fit a copy of the model without it?");
    }
    ResidualError residual = library.residual().orElseThrow(() -> new IllegalArgumentException(
        "Model " + library.name() + " has no residual error model to estimate. Maybe add one"
            + " (additive, proportional or combined) to the library entry?"));
    List<String> notes = new ArrayList<>();
    List<String> thetaNames = new ArrayList<>();
    List<Double> thetaInitial = new ArrayList<>();
    for (ParameterModel parameter : library.parameters().values()) {
      if (parameter.typical() > 0 && !parameter.name().equals("f")) {
        thetaNames.add(parameter.name());
        thetaInitial.add(parameter.typical());
      } else {
        notes.add("Parameter " + parameter.name() + " is held at " + parameter.typical()
            + " (not estimated).");
      }
    }
    RandomEffects iiv = library.iiv();
    double[] omega = new double[iiv.size()];
    for (int m = 0; m < iiv.size(); m++) {
      if (!thetaNames.contains(iiv.parameters().get(m))) {
        throw new IllegalArgumentException("Model " + library.name() + " has IIV on "
            + iiv.parameters().get(m) + ", which is not estimated here.");
      }
      omega[m] = iiv.variance(m);
      for (int n = 0; n < m; n++) {
        if (iiv.covariance(m, n) != 0) {
          notes.add("The covariance of the etas on " + iiv.parameters().get(n) + " and "
              + iiv.parameters().get(m) + " is not estimated (diagonal omega).");
        }
      }
    }
    List<FitSubject> subjects = subjects(library, thetaNames, data, notes);
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("No subject in " + data.source()
          + " has an observation to fit (rows with EVID 0 and MDV 0 and a DV).");
    }
    FitModel model = new FitModel(thetaNames,
        thetaInitial.stream().mapToDouble(Double::doubleValue).toArray(), iiv.parameters(), omega,
        startingResidual(residual));
    return new PopulationProblem(library, model, subjects, notes).scaledToData();
  }

  /** The library model with the fit's estimates in place of its values (diagonal omega). */
  public PopulationModel fitted(PopulationFit fit) {
    PopulationModel typicals = LibraryPrediction.withTypicals(template, model.thetaNames(),
        fit.estimates().theta());
    double[] variances = fit.estimates().omega();
    double[][] covariance = new double[variances.length][variances.length];
    for (int m = 0; m < variances.length; m++) {
      covariance[m][m] = variances[m];
    }
    return new PopulationModel(template.name(), template.drug(), template.description(),
        template.citation(), template.source(), template.notes(), template.units(),
        template.structure(), typicals.parameters(),
        new RandomEffects(model.etaNames(), covariance),
        java.util.Optional.of(fit.estimates().residual()), template.covariates());
  }

  private static List<FitSubject> subjects(PopulationModel library, List<String> thetaNames,
      NonmemDataset data, List<String> notes) {
    List<FitSubject> subjects = new ArrayList<>();
    for (SubjectData subject : data.subjects()) {
      for (Measurement early : subject.measurements()) {
        if (early.time() < 0) {
          notes.add("Subject " + subject.id() + ": the level at time " + early.time()
              + (early.line() > 0 ? " (line " + early.line() + ")" : "") + " is before time 0"
              + " and left out. Maybe TIME is not the time since the first dose?");
        }
      }
      List<Measurement> quantified = subject.measurements().stream()
          .filter(m -> !m.belowLoq() && m.time() >= 0).toList();
      long belowLimit = subject.measurements().stream().filter(Measurement::belowLoq).count();
      if (belowLimit > 0) {
        notes.add("Subject " + subject.id() + ": " + belowLimit + " sample(s) below the limit of"
            + " quantification left out (FOCE-I here fits quantified samples only).");
      }
      if (quantified.isEmpty()) {
        notes.add("Subject " + subject.id() + " has no observations (no record with EVID 0,"
            + " MDV 0 and a DV) and is not fitted.");
        continue;
      }
      if (subject.doses().size() == 0) {
        notes.add("Subject " + subject.id() + " has observations but no doses: its predictions"
            + " are 0. Maybe its dose records are missing?");
      }
      PatientCovariates covariates = new PatientCovariates(subject.covariates());
      String missing = missingCovariate(library, covariates, quantified.get(0).time());
      if (missing != null) {
        notes.add("Subject " + subject.id() + " is not fitted: " + missing);
        continue;
      }
      LibraryPrediction prediction = new LibraryPrediction(library, thetaNames, covariates,
          subject.doses());
      subjects.add(new FitSubject(subject.id(),
          quantified.stream().mapToDouble(Measurement::time).toArray(),
          quantified.stream().mapToDouble(Measurement::value).toArray(), prediction));
    }
    return subjects;
  }

  /** Why a subject cannot be predicted for lack of a covariate the model reads, or null. */
  private static String missingCovariate(PopulationModel library, PatientCovariates covariates,
      double time) {
    for (String name : library.covariateNames()) {
      try {
        covariates.value(name, time);
      } catch (IllegalArgumentException missing) {
        return missing.getMessage();
      }
    }
    return null;
  }

  /** Starts every estimated residual magnitude above zero. */
  private static ResidualError startingResidual(ResidualError residual) {
    double additive = residual.additive() > 0 ? residual.additive() : 1;
    double proportional = residual.proportional() > 0 ? residual.proportional() : 0.1;
    return new ResidualError(residual.type(),
        ParameterVector.hasAdditive(residual.type()) ? additive : 0,
        ParameterVector.hasProportional(residual.type()) ? proportional : 0);
  }

  /** Scales the initial clearances and volumes to the data's units; see the type's comment. */
  private PopulationProblem scaledToData() {
    double[] theta = model.thetaInitial();
    double[] noEta = new double[model.etaCount()];
    double crossProduct = 0;
    double predictedSquares = 0;
    for (FitSubject subject : subjects) {
      double[] predicted;
      try {
        predicted = subject.predict(theta, noEta);
      } catch (IllegalArgumentException unusable) {
        continue;
      }
      for (int j = 0; j < predicted.length; j++) {
        if (Double.isFinite(predicted[j])) {
          crossProduct += predicted[j] * subject.observed()[j];
          predictedSquares += predicted[j] * predicted[j];
        }
      }
    }
    double concentrationFactor = crossProduct / predictedSquares;
    if (!(concentrationFactor > 0) || !Double.isFinite(concentrationFactor)
        || (concentrationFactor > 0.5 && concentrationFactor < 2)) {
      return this;
    }
    double[] scaled = theta.clone();
    for (int k = 0; k < scaled.length; k++) {
      if (SCALED_WITH_UNITS.contains(model.thetaNames().get(k))) {
        scaled[k] = theta[k] / concentrationFactor;
      }
    }
    List<String> moreNotes = new ArrayList<>(notes);
    moreNotes.add(String.format(java.util.Locale.ROOT, "The library's initial clearances and"
        + " volumes were multiplied by %.4g to match the data's concentration scale (the data are"
        + " in other units than the library model).", 1 / concentrationFactor));
    return new PopulationProblem(template, model.withThetaInitial(scaled), subjects, moreNotes);
  }
}
