package org.medtwin.fusion.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a source, as a reader gets it.
 *
 * @param source the source's name ({@code hospital-a})
 * @param root the source's folder
 * @param path the file's absolute path
 */
public record SourceFile(String source, Path root, Path path) {

  public SourceFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(path, "path");
  }

  /** The file's path relative to the source folder, with forward slashes, as reports show it. */
  public String relativeName() {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
