package org.medtwin.fusion.link.score;

/**
 * One part of a pair's match weight: a comparison, the level the pair reached, and the log2
 * Bayes factor it contributes.
 *
 * @param comparison the comparison's name ({@code surname}, or {@code surname (term frequency)})
 * @param level the level label
 * @param weight the contribution in bits
 */
public record FieldWeight(String comparison, String level, double weight) {}
