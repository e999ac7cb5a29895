package org.medtwin.fusion.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a source, as a reader gets it: the source's name, the source's data folder and the
 * file, with its name relative to that folder worked out once, since every record quotes it.
 */
public final class SourceFile {

  private final String source;
  private final Path root;
  private final Path path;
  private final String relativeName;

  /**
   * A file of a source.
   *
   * @param source the source's name ({@code hospital-a})
   * @param root the source's data folder
   * @param path the file's path
   */
  public SourceFile(String source, Path root, Path path) {
    this.source = Objects.requireNonNull(source, "source");
    this.root = Objects.requireNonNull(root, "root");
    this.path = Objects.requireNonNull(path, "path");
    this.relativeName = root.relativize(path).toString().replace('\\', '/');
  }

  /** The source's name. */
  public String source() {
    return source;
  }

  /** The source's data folder. */
  public Path root() {
    return root;
  }

  /** The file's path. */
  public Path path() {
    return path;
  }

  /** The file's path relative to the source folder, with forward slashes, as reports show it. */
  public String relativeName() {
    return relativeName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceFile that
        && source.equals(that.source) && root.equals(that.root) && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, root, path);
  }

  @Override
  public String toString() {
    return source + ":" + relativeName;
  }
}
