package org.medtwin.pharma.pkpd.estimation;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared PK reference data: {@code shared/data/pk} beside the repository. */
final class SharedPkData {

  private SharedPkData() {}

  /** The path of one file there; fails with what to do when the data is absent. */
  static Path file(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("pk").resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No shared/data/pk/" + name
        + " beside the repository or above the working directory "
        + Path.of("").toAbsolutePath() + ". The PK reference files live in ../shared/data/pk.");
  }
}
