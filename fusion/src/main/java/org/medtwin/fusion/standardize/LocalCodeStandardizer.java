package org.medtwin.fusion.standardize;

import java.util.Optional;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.core.record.ObservationValue;
import org.medtwin.store.ingest.UnmappedCode;

/**
 * Applies a site's concept map to an observation's code and value the same way for every reader:
 * codes in the site's local system are translated when the map allows, keeping the originals;
 * otherwise the local code stays and is reported as unmapped (with the unit it came in).
 */
public final class LocalCodeStandardizer {

  private final String source;
  private final String localCodeSystem;
  private final ConceptMap conceptMap;

  /** A standardizer for one source's local code system. */
  public LocalCodeStandardizer(String source, String localCodeSystem, ConceptMap conceptMap) {
    this.source = source;
    this.localCodeSystem = localCodeSystem;
    this.conceptMap = conceptMap == null ? ConceptMap.empty() : conceptMap;
  }

  /**
   * An observation's code and value after standardizing.
   *
   * @param code the code to store
   * @param value the value to store
   * @param sourceCode the local code when it was replaced, else {@code null}
   * @param sourceValue the value as sent when conversion changed it, else {@code null}
   * @param unmapped the local code to report when the map could not translate it
   */
  public record Result(
      Coding code,
      ObservationValue value,
      Coding sourceCode,
      ObservationValue sourceValue,
      Optional<UnmappedCode> unmapped) {}

  /** The URI of the source's local code system. */
  public String localCodeSystem() {
    return localCodeSystem;
  }

  /** Standardizes a code and its value (which may be {@code null}). */
  public Result standardize(Coding code, ObservationValue value) {
    if (!code.system().equals(localCodeSystem)) {
      return new Result(code, value, null, null, Optional.empty());
    }
    Quantity quantity = value instanceof ObservationValue.Numeric n ? n.quantity() : null;
    Optional<Translation> translation = conceptMap.translate(code, quantity);
    if (translation.isEmpty()) {
      String unit = quantity == null ? null : quantity.unit();
      return new Result(
          code, value, null, null, Optional.of(new UnmappedCode(source, code.system(), code.code(), unit)));
    }
    Translation t = translation.get();
    if (quantity == null || quantity.equals(t.value())) {
      return new Result(t.code(), value, code, null, Optional.empty());
    }
    return new Result(t.code(), new ObservationValue.Numeric(t.value()), code, value, Optional.empty());
  }
}
