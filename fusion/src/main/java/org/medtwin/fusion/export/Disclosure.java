package org.medtwin.fusion.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an export may disclose about each person: every value that can identify someone passes
 * through here on its way out. {@link #IDENTIFIED} lets everything through (an export for care, or
 * into a governed environment); a de-identifying disclosure pseudonymizes ids, shifts dates,
 * scrubs free text and coarsens demographics.
 */
public interface Disclosure {

  /** Discloses everything as stored. */
  Disclosure IDENTIFIED = new Disclosure() {};

  /**
   * Called once with every person before anything is written, so a disclosure that looks at the
   * whole population (k-anonymity) can decide who is released.
   */
  default void prepare(java.util.List<ExportPerson> persons) {}

  /** Whether the person (and all their facts) must stay out of the export. */
  default boolean withheld(String personId) {
    return false;
  }

  /** Whether names, street addresses, phone numbers and identifiers may leave. */
  default boolean identifying() {
    return true;
  }

  /**
   * The person's demographics as they may leave, dates included: callers write the birth and
   * death dates of the result as they are, without passing them through {@link #date} again.
   */
  default ExportPerson person(ExportPerson person) {
    return person;
  }

  /** The id the person goes out under. */
  default String personId(String personId) {
    return personId;
  }

  /** A source's record id (a fact id, an encounter id, a source record key) as it may leave. */
  default String recordId(String personId, String source, String id) {
    return id;
  }

  /** A point in time of the person's record as it may leave. */
  default Instant instant(String personId, Instant instant) {
    return instant;
  }

  /** A date of the person's record as it may leave. */
  default LocalDate date(String personId, LocalDate date) {
    return date;
  }

  /** Free text written about the person (notes, text answers) as it may leave. */
  default String text(String personId, String text) {
    return text;
  }
}
