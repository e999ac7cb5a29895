package org.medtwin.fusion.link.febrl;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared FEBRL folder: {@code shared/data/febrl} beside the repository. */
final class FebrlFiles {

  private FebrlFiles() {}

  /** Walks up from the working directory; fails with what to do when the data is absent. */
  static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("febrl");
      if (Files.isRegularFile(candidate.resolve("dataset4a.csv"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No shared/data/febrl beside the repository or above the working directory "
            + Path.of("").toAbsolutePath() + ". The FEBRL files live in ../shared/data/febrl.");
  }
}
