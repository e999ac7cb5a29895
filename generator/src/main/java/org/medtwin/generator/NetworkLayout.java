package org.medtwin.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.medtwin.generator.truth.Source;

/** The output directory's layout: one folder per source with its {@code medtwin-source.json}, and {@code truth/}. */
public record NetworkLayout(Path root) {

  /** Descriptor of hospital A. */
  public static final String HOSPITAL_A_SOURCE = "{\"source\":\"hospital-a\",\"format\":\"fhir\"}\n";

  /** Descriptor of hospital B. */
  public static final String HOSPITAL_B_SOURCE =
      "{\"source\":\"hospital-b\",\"format\":\"synthea-csv\",\"conceptMap\":\"concept-map.csv\","
          + "\"localCodeSystem\":\"urn:medtwin:hospital-b:lab\",\"localCodeCategories\":[\"laboratory\"]}\n";

  /** Descriptor of the laboratory. */
  public static final String LAB_SOURCE = "{\"source\":\"lab\",\"format\":\"hl7v2\"}\n";

  /**
   * Checks and prepares the output directory and writes the three source descriptors.
   *
   * @param root the directory given with {@code --out}
   * @param force whether a non-empty directory may be used; only the network's own folders are then removed
   * @return the layout
   * @throws UsageException when the directory is not empty and {@code force} is false, or is a file
   * @throws IOException when it cannot be written
   */
  public static NetworkLayout prepare(Path root, boolean force) throws UsageException, IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UsageException("--out " + root + " is a file, not a directory.");
    }
    if (Files.isDirectory(root)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(root)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !force) {
        throw new UsageException("--out " + root + " is not empty. Maybe add --force to overwrite the network in it?");
      }
      for (String folder : new String[] {"hospital-a", "hospital-b", "lab", "truth"}) {
        deleteTree(root.resolve(folder));
      }
    }
    NetworkLayout layout = new NetworkLayout(root);
    Files.createDirectories(layout.fhirDir());
    Files.createDirectories(layout.csvDir());
    Files.createDirectories(layout.hl7Dir());
    Files.createDirectories(layout.truthFile().getParent());
    write(layout.sourceDir(Source.HOSPITAL_A).resolve("medtwin-source.json"), HOSPITAL_A_SOURCE);
    write(layout.sourceDir(Source.HOSPITAL_B).resolve("medtwin-source.json"), HOSPITAL_B_SOURCE);
    write(layout.sourceDir(Source.LAB).resolve("medtwin-source.json"), LAB_SOURCE);
    return layout;
  }

  /** A source's folder, e.g. {@code DIR/hospital-b}. */
  public Path sourceDir(Source source) {
    return root.resolve(source.id());
  }

  /** Hospital A's FHIR folder. */
  public Path fhirDir() {
    return sourceDir(Source.HOSPITAL_A).resolve("fhir");
  }

  /** Hospital B's CSV folder. */
  public Path csvDir() {
    return sourceDir(Source.HOSPITAL_B).resolve("csv");
  }

  /** Hospital B's concept map. */
  public Path conceptMapFile() {
    return sourceDir(Source.HOSPITAL_B).resolve("concept-map.csv");
  }

  /** The laboratory's HL7 folder. */
  public Path hl7Dir() {
    return sourceDir(Source.LAB).resolve("hl7");
  }

  /** The truth file. */
  public Path truthFile() {
    return root.resolve("truth").resolve("records.csv");
  }

  /**
   * Deletes a directory tree if it exists.
   *
   * @param dir the tree's root
   * @throws IOException when something cannot be deleted
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
