package org.medtwin.fusion.standardize;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fhir.ucum.Decimal;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.fhir.ucum.UcumService;

/**
 * UCUM through the {@code org.fhir:ucum} library (the one HAPI FHIR's validator uses, with the
 * {@code ucum-essence.xml} it ships): whether a unit code is valid UCUM, and conversion between
 * commensurable units (mg/dL to g/L, [lb_av] to kg). Mass and molar units are not commensurable:
 * that needs the analyte's molar mass. Thread-safe; build one and share it.
 */
public final class UcumUnits {

  private final UcumService ucum;
  private final Map<String, Boolean> valid = new ConcurrentHashMap<>();

  private UcumUnits(UcumService ucum) {
    this.ucum = ucum;
  }

  /**
   * The UCUM definitions bundled with the library.
   *
   * @throws IllegalStateException when the library's {@code ucum-essence.xml} is missing
   */
  public static UcumUnits load() {
    try (InputStream essence = UcumService.class.getResourceAsStream("/ucum-essence.xml")) {
      if (essence == null) {
        throw new IllegalStateException("ucum-essence.xml is not on the class path. Maybe the org.fhir:ucum jar is missing?");
      }
      return new UcumUnits(new UcumEssenceService(essence));
    } catch (IOException | UcumException e) {
      throw new IllegalStateException("Cannot load the UCUM definitions: " + e.getMessage(), e);
    }
  }

  /** Whether the unit is a valid UCUM expression (case-sensitive, as UCUM's c/s form is). */
  public boolean isValid(String unit) {
    if (unit == null || unit.isBlank()) {
      return false;
    }
    return valid.computeIfAbsent(unit, u -> ucum.validate(u) == null);
  }

  /**
   * The value in the target unit, or empty when either unit is not UCUM or the two measure
   * different things (mass against amount of substance).
   */
  public Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
    if (!isValid(from) || !isValid(to)) {
      return Optional.empty();
    }
    try {
      if (!ucum.isComparable(from, to)) {
        return Optional.empty();
      }
      Decimal result = ucum.convert(new Decimal(value.toPlainString()), from, to);
      return Optional.of(new BigDecimal(result.asDecimal()));
    } catch (UcumException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
