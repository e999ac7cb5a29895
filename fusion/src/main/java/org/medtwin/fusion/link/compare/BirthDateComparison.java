package org.medtwin.fusion.link.compare;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.medtwin.fusion.link.standardize.BirthDate;
import org.medtwin.fusion.link.standardize.PersonRecord;

/**
 * Compares birth dates: exact, day and month transposed (04/03 against 03/04), one typing error
 * in the eight digits, within a tolerance of days, different, missing.
 *
 * @param toleranceDays how many days apart still count as the tolerance level
 */
public record BirthDateComparison(int toleranceDays) implements Comparison {

  private static final List<String> LABELS =
      List.of("exact", "day/month transposed", "one digit edit", "within tolerance", DIFFERENT,
          MISSING);

  public BirthDateComparison {
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("Date tolerance " + toleranceDays + " days is negative.");
    }
  }

  @Override
  public String name() {
    return "birth date";
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public int level(PersonRecord a, PersonRecord b) {
    BirthDate x = a.birthDate();
    BirthDate y = b.birthDate();
    if (x == null || y == null) {
      return 5;
    }
    if (x.digits().equals(y.digits())) {
      return 0;
    }
    if (x.year().equals(y.year()) && x.month().equals(y.day()) && x.day().equals(y.month())) {
      return 1;
    }
    if (DamerauLevenshtein.distance(x.digits(), y.digits()) <= 1) {
      return 2;
    }
    if (x.date() != null && y.date() != null
        && Math.abs(ChronoUnit.DAYS.between(x.date(), y.date())) <= toleranceDays) {
      return 3;
    }
    return 4;
  }
}
