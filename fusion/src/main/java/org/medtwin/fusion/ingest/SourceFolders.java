package org.medtwin.fusion.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.medtwin.fusion.source.SourceDescriptor;

/** Finds the sources in an ingest input: the folder itself, or each source folder inside it. */
final class SourceFolders {

  /** A source folder with its descriptor. */
  record Found(SourceDescriptor descriptor, Path folder) {}

  private SourceFolders() {}

  /**
   * The sources under the input, in name order.
   *
   * @throws IOException when the input is missing or holds no source, with a message saying what
   *     a source folder looks like
   */
  static List<Found> under(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      throw new IOException(input + " is not a folder. Give a source folder or a network folder.");
    }
    if (SourceDescriptor.isSourceFolder(input)) {
      return List.of(new Found(SourceDescriptor.of(input), input));
    }
    List<Found> found = new ArrayList<>();
    try (Stream<Path> children = Files.list(input)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isDirectory(child) && SourceDescriptor.isSourceFolder(child)) {
          found.add(new Found(SourceDescriptor.of(child), child));
        }
      }
    }
    if (found.isEmpty()) {
      throw new IOException(
          input + " holds no source: a source folder has a " + SourceDescriptor.FILE_NAME
              + " or a fhir/, csv/ or hl7/ folder.");
    }
    return found;
  }
}
