package org.medtwin.fusion.standardize;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.quantity.Quantity;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.csv.CsvLine;

/**
 * A site's concept map: translates local codes to standard ones (LOINC) and converts their values
 * to the standard UCUM unit, loaded from a CSV file with the header {@value #HEADER}.
 */
public final class ConceptMap {

  /** The exact header line a concept map file must start with. */
  public static final String HEADER =
      "source_system,source_code,source_display,source_unit,target_system,target_code,"
          + "target_display,target_unit,multiplier";

  private static final int COLUMNS = 9;

  private final Map<String, List<ConceptMapping>> byToken;

  /** A map over the given mappings; a code may have several mappings, one per source unit. */
  public ConceptMap(List<ConceptMapping> mappings) {
    Map<String, List<ConceptMapping>> index = new HashMap<>();
    for (ConceptMapping mapping : mappings) {
      index.computeIfAbsent(mapping.source().token(), t -> new ArrayList<>()).add(mapping);
    }
    index.replaceAll((token, list) -> List.copyOf(list));
    this.byToken = Map.copyOf(index);
  }

  /** A map that translates nothing, for sources without one. */
  public static ConceptMap empty() {
    return new ConceptMap(List.of());
  }

  /**
   * The concept map a source's descriptor names, resolved against the source folder, or an empty
   * map when the descriptor names none.
   *
   * @throws IOException when the named file cannot be read or has a bad row
   */
  public static ConceptMap forSource(SourceDescriptor descriptor, Path folder) throws IOException {
    if (descriptor.conceptMap() == null || descriptor.conceptMap().isBlank()) {
      return empty();
    }
    Path file = folder.resolve(descriptor.conceptMap());
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "Source '" + descriptor.source() + "' names concept map " + descriptor.conceptMap()
              + " but " + file + " does not exist.");
    }
    return load(file);
  }

  /**
   * Loads a concept map file.
   *
   * @throws IOException when the file cannot be read or any row is malformed; the message names
   *     the file and line, since a broken map is a configuration error, not bad data
   */
  public static ConceptMap load(Path file) throws IOException {
    List<ConceptMapping> mappings = new ArrayList<>();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String header = reader.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (header == null || !header.strip().equals(HEADER)) {
        throw new IOException(
            file + " line 1: a concept map must start with the header '" + HEADER + "' but has '"
                + header + "'.");
      }
      String line;
      int number = 1;
      Map<String, Integer> firstLine = new HashMap<>();
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ConceptMapping mapping = parse(line);
          String unitKey = mapping.source().token() + " in " + mapping.sourceUnit();
          Integer earlier = firstLine.putIfAbsent(unitKey, number);
          if (earlier != null) {
            throw new IllegalArgumentException(
                mapping.source().token() + " with unit " + mapping.sourceUnit()
                    + " is already mapped on line " + earlier + "; a code and unit may map only once.");
          }
          mappings.add(mapping);
        } catch (IllegalArgumentException e) {
          throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8. Maybe it was saved as Latin-1?", e);
    }
    return new ConceptMap(mappings);
  }

  private static ConceptMapping parse(String line) {
    List<String> f = CsvLine.split(line, ',');
    if (f.size() != COLUMNS) {
      throw new IllegalArgumentException(
          "the row has " + f.size() + " columns but the header has " + COLUMNS
              + ". Maybe a display text holds an unquoted comma?");
    }
    BigDecimal multiplier;
    if (f.get(8).isBlank()) {
      multiplier = ucumMultiplier(f.get(3).trim(), f.get(7).trim());
    } else {
      try {
        multiplier = new BigDecimal(f.get(8).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "multiplier '" + f.get(8) + "' is not a decimal number such as 18.016.");
      }
    }
    if (multiplier.signum() <= 0) {
      throw new IllegalArgumentException("multiplier " + multiplier + " must be positive.");
    }
    Coding source =
        new Coding(CodeSystem.canonical(f.get(0)), f.get(1), blankToNull(f.get(2)));
    Coding target =
        new Coding(CodeSystem.canonical(f.get(4)), f.get(5), blankToNull(f.get(6)));
    return new ConceptMapping(source, f.get(3), target, f.get(7), multiplier);
  }

  /**
   * The factor from one UCUM unit to another, for a row that leaves its multiplier empty: UCUM
   * knows mg/dL to g/L, but not mg/dL to mmol/L, which needs the analyte's molar mass.
   */
  private static BigDecimal ucumMultiplier(String sourceUnit, String targetUnit) {
    if (sourceUnit.isEmpty() || targetUnit.isEmpty()) {
      return BigDecimal.ONE;
    }
    return Ucum.UNITS.convert(BigDecimal.ONE, sourceUnit, targetUnit).orElseThrow(() ->
        new IllegalArgumentException("the multiplier is empty but UCUM cannot convert " + sourceUnit + " to "
            + targetUnit + ". Maybe they measure mass and amount of substance? Then give the multiplier from"
            + " the analyte's molar mass (glucose, 180.156 g/mol: 1 mmol/L = 18.016 mg/dL)."));
  }

  /** UCUM's definitions, loaded on first use. */
  private static final class Ucum {
    static final UcumUnits UNITS = UcumUnits.load();
  }

  /**
   * Translates a local code and, when given, its value.
   *
   * @param code the code as the source sent it
   * @param value the value as the source sent it, or {@code null} for coded or text results
   * @return the translation, or empty when the code is not in the map or the value's unit is not
   *     one the map expects for it (the caller then keeps the local code and reports it unmapped)
   */
  public Optional<Translation> translate(Coding code, Quantity value) {
    List<ConceptMapping> candidates = byToken.getOrDefault(code.token(), List.of());
    String unit = value == null ? null : value.unit();
    for (ConceptMapping mapping : candidates) {
      if (value == null || mapping.acceptsUnit(unit)) {
        Coding target = mapping.target();
        return Optional.of(new Translation(target, convert(mapping, value), code, value));
      }
    }
    return Optional.empty();
  }

  /** Whether the map has any mapping for the code, whatever the unit. */
  public boolean knows(Coding code) {
    return byToken.containsKey(code.token());
  }

  /** The number of mappings, for reports. */
  public int size() {
    return byToken.values().stream().mapToInt(List::size).sum();
  }

  private static Quantity convert(ConceptMapping mapping, Quantity value) {
    if (value == null) {
      return null;
    }
    String unit = mapping.targetUnit() == null ? value.unit() : mapping.targetUnit();
    return new Quantity(UnitConversion.convert(value.value(), mapping.multiplier()), unit);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
