package org.medtwin.fusion.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The survivorship rules of every golden field and the fact-matching tolerances, as one versioned
 * data file declares them.
 *
 * @param version the file's format version
 * @param trustOrder source systems, most trusted first
 * @param fields the policy of each golden field; every field has one
 * @param facts when two facts are the same
 */
public record SurvivorshipPolicy(
    int version, List<String> trustOrder, Map<PatientField, FieldPolicy> fields, FactMatching facts) {

  /** The name of the file shipped with MedTwin. */
  public static final String BUNDLED = "survivorship.json";

  public SurvivorshipPolicy {
    trustOrder = List.copyOf(trustOrder);
    fields = Map.copyOf(new EnumMap<>(fields));
  }

  /**
   * The policy shipped with MedTwin.
   *
   * @throws IllegalArgumentException when the bundled file is invalid (a build defect)
   */
  public static SurvivorshipPolicy bundled() {
    try (InputStream in = SurvivorshipPolicy.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the MedTwin build.");
      }
      return SurvivorshipFile.parse(in.readAllBytes(), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a survivorship file.
   *
   * @throws IllegalArgumentException naming the file, the entry and the allowed values when the
   *     file is invalid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static SurvivorshipPolicy load(Path file) {
    try {
      return SurvivorshipFile.parse(Files.readAllBytes(file), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read survivorship file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The policy of one field. */
  public FieldPolicy field(PatientField field) {
    return fields.get(field);
  }
}
