package org.medtwin.store.ingest;

import java.util.Objects;

/**
 * A local code (and unit) the site's concept map has no translation for; the fact keeps the local
 * code and the run report lists it so that someone can extend the map.
 *
 * @param source the source's name
 * @param system the local code system
 * @param code the local code
 * @param unit the unit the value came in, or {@code null}
 */
public record UnmappedCode(String source, String system, String code, String unit) {

  public UnmappedCode {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
  }
}
