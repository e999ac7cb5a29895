package org.medtwin.governance.deid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One patient's dates as de-identification writes them: reduced to the year, or all moved by the
 * patient's own secret shift; and the birth date of a patient over 89 aggregated into 90+.
 */
final class PatientDates {

  /** Safe Harbor aggregates every age over 89 into one category (45 CFR 164.514(b)(2)(i)(C)). */
  static final int OLDEST_AGE_SHOWN = 89;

  private final DateHandling handling;
  private final int shiftDays;

  PatientDates(DateHandling handling, int shiftDays) {
    this.handling = handling;
    this.shiftDays = shiftDays;
  }

  Instant instant(Instant value) {
    if (value == null) {
      return null;
    }
    if (handling == DateHandling.SHIFT) {
      return value.plus(shiftDays, ChronoUnit.DAYS);
    }
    int year = value.atZone(ZoneOffset.UTC).getYear();
    return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  LocalDate date(LocalDate value) {
    if (value == null) {
      return null;
    }
    return handling == DateHandling.SHIFT
        ? value.plusDays(shiftDays)
        : LocalDate.of(value.getYear(), 1, 1);
  }

  /**
   * The birth date to write: for a patient older than 89 on the reference day (death, else the
   * extract day), 1 January of the year that makes them exactly 90, so "90 or older" is all it
   * says; otherwise the date handled like any other.
   */
  LocalDate birthDate(LocalDate birthDate, LocalDate referenceDay) {
    if (birthDate == null) {
      return null;
    }
    if (Period.between(birthDate, referenceDay).getYears() > OLDEST_AGE_SHOWN) {
      return LocalDate.of(referenceDay.getYear() - (OLDEST_AGE_SHOWN + 1), 1, 1);
    }
    return date(birthDate);
  }
}
