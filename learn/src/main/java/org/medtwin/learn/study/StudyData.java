package org.medtwin.learn.study;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.medtwin.learn.cohort.Cohort;
import org.medtwin.learn.cohort.CohortBuilder;
import org.medtwin.learn.cohort.CodeHierarchy;
import org.medtwin.learn.cohort.CohortDefinition;
import org.medtwin.learn.feature.FeatureColumn;
import org.medtwin.learn.feature.FeatureExtractor;
import org.medtwin.learn.feature.FeatureMatrix;
import org.medtwin.learn.feature.FeatureSettings;
import org.medtwin.learn.feature.PersonSplit;

/**
 * A study's data: the cohort, the person split and the feature matrix of every member, made the
 * same way for training and for the feature export, so other tools see exactly the same data.
 */
public record StudyData(Cohort cohort, PersonSplit split, FeatureMatrix matrix, FeatureSettings featureSettings) {

  /**
   * Builds the cohort, splits it by person and extracts the features (columns chosen on the
   * training persons only).
   */
  public static StudyData build(Connection connection, CohortDefinition definition, SplitSpec spec, long seed,
      FeatureSettings featureSettings) {
    Cohort cohort = new CohortBuilder(connection, CodeHierarchy.load()).build(definition);
    if (cohort.members().isEmpty()) {
      throw new IllegalArgumentException("Study " + definition.name() + " has no persons left after its criteria."
          + " Maybe the store is too small, or see `medtwin learn cohort --study " + definition.name() + "`.");
    }
    PersonSplit split = spec.external()
        ? PersonSplit.external(cohort.members(), spec.trainSource(), spec.testSource())
        : PersonSplit.random(cohort.members().stream().map(m -> m.personId()).toList(), spec.testFraction(), seed);
    java.util.List<org.medtwin.learn.cohort.CohortMember> inSplit = cohort.members().stream()
        .filter(m -> split.partOf(m.personId()) != null).toList();
    LocalDateTime index = definition.indexDate().atStartOfDay();
    FeatureMatrix matrix = new FeatureExtractor(connection, featureSettings).forTraining(inSplit, index, split.train());
    return new StudyData(cohort, split, matrix, featureSettings);
  }

  /** The training rows. */
  public FeatureMatrix train() {
    return matrix.select(matrix.rowsOf(split.train()));
  }

  /** The test rows. */
  public FeatureMatrix test() {
    return matrix.select(matrix.rowsOf(split.test()));
  }

  /** SHA-256 over persons, parts, labels, column names and every value: the data snapshot a model was trained on. */
  public String snapshotHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (FeatureColumn c : matrix.columns()) {
        digest.update((c.name() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      ByteBuffer buffer = ByteBuffer.allocate(16);
      for (int i = 0; i < matrix.rows(); i++) {
        String person = matrix.persons().get(i);
        digest.update((person + "\t" + split.partOf(person) + "\t" + matrix.labels()[i] + "\n").getBytes(StandardCharsets.UTF_8));
        for (long k = matrix.rowStart()[i]; k < matrix.rowStart()[i + 1]; k++) {
          buffer.clear();
          buffer.putInt(matrix.columnIndex()[(int) k]).putFloat(matrix.values()[(int) k]);
          digest.update(buffer.array(), 0, 8);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256.", e);
    }
  }
}
