package org.medtwin.learn.model;

import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureMatrix;

/**
 * A fitted model: the algorithm, its preprocessing, the XGBoost booster's bytes and the chosen
 * hyper-parameters. Predicts risks and per-feature contributions to the log-odds (TreeSHAP for
 * trees, coefficient times transformed value for logistic regression), which sum to the margin.
 */
public final class TrainedModel {

  private final Algorithm algorithm;
  private final Preprocessing preprocessing;
  private final byte[] boosterBytes;
  private final Map<String, Object> hyperParameters;
  private final Booster booster;

  public TrainedModel(Algorithm algorithm, Preprocessing preprocessing, byte[] boosterBytes, Map<String, Object> hyperParameters) {
    this.algorithm = algorithm;
    this.preprocessing = preprocessing;
    this.boosterBytes = boosterBytes.clone();
    this.hyperParameters = Map.copyOf(hyperParameters);
    this.booster = Boosters.load(boosterBytes);
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public Preprocessing preprocessing() {
    return preprocessing;
  }

  public byte[] boosterBytes() {
    return boosterBytes.clone();
  }

  public Map<String, Object> hyperParameters() {
    return hyperParameters;
  }

  /** The columns the booster sees (original ones, then missing-value indicators for logistic regression). */
  public List<FeatureColumn> modelColumns(List<FeatureColumn> original) {
    return preprocessing.modelColumns(original);
  }

  /** The risk of each row. */
  public double[] risk(FeatureMatrix m) {
    float[][] p = predict(m, false);
    double[] risk = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      risk[i] = p[i][0];
    }
    return risk;
  }

  /** The log-odds (margin) of each row. */
  public double[] margin(FeatureMatrix m) {
    float[][] p = predict(m, true);
    double[] margin = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      margin[i] = p[i][0];
    }
    return margin;
  }

  /** Per row, the contribution of each model column to the log-odds, then the bias as the last entry. */
  public float[][] contributions(FeatureMatrix m) {
    DMatrix d = Boosters.matrix(preprocessing.apply(m));
    try {
      return booster.predictContrib(d, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not compute contributions: " + e.getMessage(), e);
    } finally {
      d.dispose();
    }
  }

  private float[][] predict(FeatureMatrix m, boolean margin) {
    DMatrix d = Boosters.matrix(preprocessing.apply(m));
    try {
      return booster.predict(d, margin);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    } finally {
      d.dispose();
    }
  }
}
