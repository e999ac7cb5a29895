package org.medtwin.fusion.standardize;

import java.math.BigDecimal;
import java.util.Objects;
import org.medtwin.core.coding.Coding;

/**
 * One row of a site's concept map: a local code (and the unit its values come in) and the
 * standard code and UCUM unit it becomes.
 *
 * @param source the local coding
 * @param sourceUnit the unit local values come in, or {@code null} when the mapping applies to
 *     values in any unit (and to values without a unit)
 * @param target the standard coding
 * @param targetUnit the UCUM unit of translated values, or {@code null} to keep the source unit
 * @param multiplier target value = source value × multiplier
 */
public record ConceptMapping(
    Coding source, String sourceUnit, Coding target, String targetUnit, BigDecimal multiplier) {

  public ConceptMapping {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(multiplier, "multiplier");
    sourceUnit = sourceUnit == null || sourceUnit.isBlank() ? null : sourceUnit.trim();
    targetUnit = targetUnit == null || targetUnit.isBlank() ? null : targetUnit.trim();
  }

  /** Whether values in this unit may be translated with this mapping. */
  public boolean acceptsUnit(String unit) {
    return sourceUnit == null || sourceUnit.equals(unit == null ? null : unit.trim());
  }
}
