package org.medtwin.generator.source.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hospital B's {@code concept-map.csv}: one row per mapped local lab code, local to LOINC. */
public record ConceptMapWriter(LabCodeTable table) {

  /** The concept map's header. */
  public static final String HEADER =
      "source_system,source_code,source_display,source_unit,target_system,target_code,target_display,"
          + "target_unit,multiplier";

  /**
   * Writes the concept map.
   *
   * @param file where to write it
   * @throws IOException when it cannot be written
   */
  public void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (LabCode code : table.all()) {
        if (!code.mapped()) {
          continue;
        }
        out.write(String.join(",",
            LabCodeTable.LOCAL_SYSTEM,
            code.localCode(),
            code.localDisplay(),
            code.localUnit(),
            "http://loinc.org",
            code.loinc(),
            code.loincDisplay(),
            code.loincUnit(),
            code.multiplierText()));
        out.write('\n');
      }
    }
  }
}
