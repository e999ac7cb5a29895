package org.medtwin.fusion.link.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.medtwin.fusion.link.standardize.RecordKey;

/**
 * Reads a truth CSV {@code source,source_record_id,person_id} (a header first, as
 * {@code medtwin generate} writes it) into the true person of every record.
 */
public final class TruthFile {

  private TruthFile() {}

  /**
   * The true person of every record the file names.
   *
   * @throws IOException when the file cannot be read or a line is not three fields; the message
   *     names the file and line
   */
  public static Map<RecordKey, String> read(Path file) throws IOException {
    Map<RecordKey, String> truth = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null || !header.strip().equals("source,source_record_id,person_id")) {
        throw new IOException("Truth file " + file + " must start with the header"
            + " source,source_record_id,person_id, not '" + header + "'.");
      }
      String line;
      for (int number = 2; (line = in.readLine()) != null; number++) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank() || fields[2].isBlank()) {
          throw new IOException("Truth file " + file + " line " + number + ": expected"
              + " source,source_record_id,person_id, got '" + line + "'.");
        }
        truth.put(new RecordKey(fields[0].strip(), fields[1].strip()), fields[2].strip());
      }
    } catch (NoSuchFileException e) {
      throw new IOException("Truth file " + file + " does not exist.", e);
    }
    return truth;
  }
}
