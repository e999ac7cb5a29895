package org.medtwin.learn.feature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medtwin.learn.cohort.CohortMember;

/**
 * Which persons train and which test: each person is in exactly one part. Random split: a person
 * is in the test part when SHA-256(seed, person id) falls below the test fraction, so the split
 * does not depend on row order. External validation: train on persons from one source, test on
 * persons from another (persons held by both are left out of both).
 */
public record PersonSplit(String description, Set<String> train, Set<String> test) {

  /** Guards that no person is in both parts. */
  public PersonSplit {
    train = Set.copyOf(train);
    test = Set.copyOf(test);
    for (String person : test) {
      if (train.contains(person)) {
        throw new IllegalArgumentException("Person " + person + " is in both the training and the test set.");
      }
    }
  }

  /** A seeded random split by person. */
  public static PersonSplit random(Collection<String> persons, double testFraction, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("Test fraction must be in (0, 1), got " + testFraction + ".");
    }
    Set<String> train = new java.util.TreeSet<>();
    Set<String> test = new java.util.TreeSet<>();
    for (String person : persons) {
      (unit(seed, person) < testFraction ? test : train).add(person);
    }
    return new PersonSplit("random by person, test fraction " + testFraction + ", seed " + seed, train, test);
  }

  /** Train on persons held by one source only, test on persons held by another only. */
  public static PersonSplit external(Collection<CohortMember> members, String trainSource, String testSource) {
    if (trainSource.equals(testSource)) {
      throw new IllegalArgumentException("External validation needs two different sources, got " + trainSource + " twice.");
    }
    Set<String> train = new java.util.TreeSet<>();
    Set<String> test = new java.util.TreeSet<>();
    for (CohortMember m : members) {
      boolean inTrain = m.sources().contains(trainSource);
      boolean inTest = m.sources().contains(testSource);
      if (inTrain && !inTest) {
        train.add(m.personId());
      } else if (inTest && !inTrain) {
        test.add(m.personId());
      }
    }
    return new PersonSplit("external: train on " + trainSource + ", test on " + testSource
        + " (persons held by both left out)", train, test);
  }

  /** "train", "test" or null for a person in neither part. */
  public String partOf(String person) {
    return train.contains(person) ? "train" : test.contains(person) ? "test" : null;
  }

  /** The split as a map person -> part, in person order, for storing with a model. */
  public Map<String, String> asMap() {
    Map<String, String> map = new TreeMap<>();
    train.forEach(p -> map.put(p, "train"));
    test.forEach(p -> map.put(p, "test"));
    return map;
  }

  private static double unit(long seed, String person) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + "\n" + person).getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 7; i++) {
        bits = (bits << 8) | (hash[i] & 0xff);
      }
      return bits / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256.", e);
    }
  }
}
