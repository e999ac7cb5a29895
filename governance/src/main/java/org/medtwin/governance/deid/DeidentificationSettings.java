package org.medtwin.governance.deid;

import java.time.LocalDate;
import java.util.Objects;
import org.medtwin.governance.key.GovernanceKey;

/**
 * How to de-identify: the pseudonym key (held outside the data), the date handling, the widest
 * date shift, and the day the extract is made (ages are counted to it).
 *
 * @param key the secret of the keyed-HMAC pseudonyms and date shifts
 * @param dates year-only (Safe Harbor) or per-patient shifting
 * @param maxShiftDays the largest shift in days, either way, when shifting
 * @param extractDate the day ages are counted to for living patients
 */
public record DeidentificationSettings(
    GovernanceKey key, DateHandling dates, int maxShiftDays, LocalDate extractDate) {

  /** The default widest shift: a year either way. */
  public static final int DEFAULT_MAX_SHIFT_DAYS = 365;

  public DeidentificationSettings {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(extractDate, "extractDate");
    if (maxShiftDays < 1 || maxShiftDays > 3650) {
      throw new IllegalArgumentException(
          "The widest date shift is " + maxShiftDays + " days; it must be 1 to 3650.");
    }
  }

  /** Safe Harbor: dates reduced to their year. */
  public static DeidentificationSettings safeHarbor(GovernanceKey key, LocalDate extractDate) {
    return new DeidentificationSettings(
        key, DateHandling.YEAR_ONLY, DEFAULT_MAX_SHIFT_DAYS, extractDate);
  }

  /** Per-patient date shifting of up to {@code maxShiftDays} either way. */
  public static DeidentificationSettings shifted(
      GovernanceKey key, int maxShiftDays, LocalDate extractDate) {
    return new DeidentificationSettings(key, DateHandling.SHIFT, maxShiftDays, extractDate);
  }
}
