package org.medtwin.generator.source.hl7;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes HL7 messages, each followed by a newline, into numbered files of at most 500 messages. */
public final class Hl7FileWriter implements Closeable {

  /** Most messages in one file. */
  public static final int MESSAGES_PER_FILE = 500;

  private final Path directory;
  private final String prefix;
  private BufferedWriter current;
  private int fileNumber;
  private int inFile;
  private long total;

  /**
   * Creates a writer for files named {@code <prefix>-00001.hl7}, {@code <prefix>-00002.hl7}, ...
   *
   * @param directory where the files go (created if missing)
   * @param prefix file name prefix, e.g. {@code lab}
   */
  public Hl7FileWriter(Path directory, String prefix) {
    this.directory = directory;
    this.prefix = prefix;
  }

  /**
   * Appends one message.
   *
   * @param message an ER7 message whose segments end in {@code \r}
   * @throws IOException when the file cannot be written
   */
  public void write(String message) throws IOException {
    if (current == null || inFile == MESSAGES_PER_FILE) {
      close();
      Files.createDirectories(directory);
      fileNumber++;
      current = Files.newBufferedWriter(
          directory.resolve(String.format("%s-%05d.hl7", prefix, fileNumber)), StandardCharsets.UTF_8);
      inFile = 0;
    }
    current.write(message);
    current.write('\n');
    inFile++;
    total++;
  }

  /** How many messages were written so far. */
  public long messageCount() {
    return total;
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
