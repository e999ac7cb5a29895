package org.medtwin.store.person;

/**
 * The m and u of one level of one comparison of a trained linkage model.
 *
 * @param comparisonIndex the comparison's position in the model
 * @param comparison the comparison's name
 * @param levelIndex the level's position, strongest agreement first
 * @param label the level's label
 * @param m how often a true match lands on this level
 * @param u how often a non-match does
 */
public record ModelLevel(
    int comparisonIndex, String comparison, int levelIndex, String label, double m, double u) {}
