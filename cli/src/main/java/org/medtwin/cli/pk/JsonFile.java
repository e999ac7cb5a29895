package org.medtwin.cli.pk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.medtwin.cli.CliException;

/** Writes a result tree as indented JSON. */
final class JsonFile {

  private JsonFile() {}

  static void write(Path file, Object value) {
    try {
      // NaN and infinity are written as strings ("NaN"), Jackson's default for non-numeric numbers.
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new CliException("Cannot write " + file + ": " + e.getMessage());
    }
  }
}
