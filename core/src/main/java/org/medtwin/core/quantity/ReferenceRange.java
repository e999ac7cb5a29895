package org.medtwin.core.quantity;

/**
 * The normal range a laboratory reports beside a result.
 *
 * @param low the lower limit, or {@code null} when open
 * @param high the upper limit, or {@code null} when open
 * @param text the range as the source wrote it ({@code "70-99"}, {@code "<5"}), or {@code null}
 */
public record ReferenceRange(Quantity low, Quantity high, String text) {

  public ReferenceRange {
    if (low == null && high == null && (text == null || text.isBlank())) {
      throw new IllegalArgumentException("A reference range needs a low, a high or a text.");
    }
  }

  /** Whether a value lies inside the range; open ends count as inside. */
  public boolean contains(Quantity value) {
    boolean aboveLow = low == null || value.value().compareTo(low.value()) >= 0;
    boolean belowHigh = high == null || value.value().compareTo(high.value()) <= 0;
    return aboveLow && belowHigh;
  }
}
