package org.medtwin.cli.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.cli.CliException;
import org.medtwin.cli.ConsoleProgress;

/**
 * Runs the synthetic-network generator in a child JVM. Synthea brings its own HAPI FHIR, Jackson
 * and Guava versions; a separate JVM keeps them, and Synthea's static configuration, away from
 * MedTwin's own class path.
 */
public final class GeneratorProcess {

  /** The system property (or, upper-cased, environment variable) naming the generator jar. */
  public static final String JAR_PROPERTY = "medtwin.generator.jar";

  private GeneratorProcess() {}

  /**
   * Runs the generator with the arguments and shows its progress.
   *
   * @throws CliException when the generator fails; the message is the generator's own
   */
  public static void run(List<String> arguments, ConsoleProgress progress) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + System.getProperty("medtwin.generator.heap", "2g"));
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      StringBuilder errors = new StringBuilder();
      Thread errorReader = new Thread(() -> drain(process, errors), "generator-stderr");
      errorReader.start();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          showProgress(line, progress);
        }
      }
      int status = process.waitFor();
      errorReader.join();
      progress.finish();
      if (status != 0) {
        String message = errors.toString().strip();
        throw new CliException(message.isEmpty() ? "The generator stopped with status " + status + "." : lastLine(message));
      }
    } catch (IOException e) {
      throw new CliException("Cannot start the generator: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("Interrupted while the generator ran.");
    }
  }

  private static void showProgress(String line, ConsoleProgress progress) {
    String[] parts = line.split(" ", 4);
    if (parts.length >= 3 && parts[0].equals("PROGRESS")) {
      try {
        progress.update(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
            parts.length == 4 ? parts[3] : "", null);
      } catch (NumberFormatException e) {
        // Not a progress line after all; nothing to show.
      }
    }
  }

  private static void drain(Process process, StringBuilder errors) {
    try (BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        synchronized (errors) {
          if (errors.length() < 1 << 16) {
            errors.append(line).append('\n');
          }
        }
      }
    } catch (IOException e) {
      // The process ended; what it said so far is kept.
    }
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\n");
    // The generator prefixes its own name; the CLI adds "medtwin: " already.
    return lines[lines.length - 1].replaceFirst("^medtwin-generator: ", "");
  }

  /** Where the generator jar is: the property, the environment, or beside MedTwin's own jar. */
  static Path jar() {
    String configured = System.getProperty(JAR_PROPERTY);
    if (configured == null) {
      configured = System.getenv("MEDTWIN_GENERATOR_JAR");
    }
    if (configured != null) {
      return requireFile(Path.of(configured));
    }
    try {
      Path self = Path.of(GeneratorProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path folder = Files.isDirectory(self) ? self.getParent() : self.getParent();
      return requireFile(folder.resolve("medtwin-generator.jar"));
    } catch (URISyntaxException | NullPointerException e) {
      throw new CliException("Cannot find the generator jar; set -D" + JAR_PROPERTY + "=PATH.");
    }
  }

  private static Path requireFile(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new CliException("The generator jar " + jar + " is missing. Build MedTwin with"
          + " ./mvnw package (the ./medtwin launcher does it for you).");
    }
    return jar;
  }
}
