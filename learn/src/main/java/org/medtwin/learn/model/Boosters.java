package org.medtwin.learn.model;

import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.medtwin.learn.feature.FeatureMatrix;

/** The bridge to XGBoost4J: matrices in, boosters trained, loaded and saved. */
final class Boosters {

  private Boosters() {}

  /** The matrix as an XGBoost CSR matrix; absent entries are missing to XGBoost. */
  static DMatrix matrix(FeatureMatrix m) {
    try {
      DMatrix d = new DMatrix(m.rowStart(), m.columnIndex(), m.values(), DMatrix.SparseType.CSR, m.columns().size());
      float[] labels = new float[m.rows()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = m.labels()[i];
      }
      d.setLabel(labels);
      return d;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not take the feature matrix: " + e.getMessage(), e);
    }
  }

  /** Trains; with a validation matrix, records its log-loss per round in {@code history[0]}. */
  static Booster train(DMatrix train, Map<String, Object> params, int rounds, DMatrix validation, float[][] history, int earlyStopping) {
    try {
      Map<String, DMatrix> watches = validation == null ? Map.of() : Map.of("valid", validation);
      return XGBoost.train(train, params, rounds, watches, history, null, null, earlyStopping);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  static byte[] save(Booster booster) {
    try {
      return booster.toByteArray("ubj");
    } catch (XGBoostError e) {
      throw new IllegalStateException("Cannot save the XGBoost model: " + e.getMessage(), e);
    }
  }

  static Booster load(byte[] bytes) {
    try {
      return XGBoost.loadModel(bytes);
    } catch (XGBoostError | java.io.IOException e) {
      throw new IllegalStateException("Cannot load the stored XGBoost model: " + e.getMessage(), e);
    }
  }
}
