package org.medtwin.twin.news2;

/**
 * One cell of the NEWS2 chart: an inclusive value range (in the parameter's units of resolution,
 * e.g. tenths of a degree) and the score it gives.
 *
 * @param min lowest value in the band, {@link Long#MIN_VALUE} when open below
 * @param max highest value in the band, {@link Long#MAX_VALUE} when open above
 * @param oxygen whether the band needs the patient on air or on oxygen
 * @param score the points, 0 to 3
 */
public record Band(long min, long max, OxygenCondition oxygen, int score) {

  boolean contains(long value, boolean onOxygen) {
    return value >= min && value <= max && oxygen.admits(onOxygen);
  }
}
