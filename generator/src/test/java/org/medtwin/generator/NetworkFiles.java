package org.medtwin.generator;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test-side readers of a generated network directory. */
public final class NetworkFiles {

  private NetworkFiles() {}

  /** Every file under a directory with its bytes, by relative path. */
  public static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** The truth file's rows without header. */
  public static List<String[]> truth(Path root) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve("truth/records.csv"), StandardCharsets.UTF_8);
    assert lines.get(0).equals("source,source_record_id,person_id");
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }

  /** Every message of every {@code .hl7} file under the lab folder, parsed by HAPI. */
  public static List<Message> hl7Messages(Path root) throws Exception {
    List<Message> messages = new ArrayList<>();
    try (HapiContext context = new DefaultHapiContext();
        Stream<Path> files = Files.list(root.resolve("lab/hl7"))) {
      PipeParser parser = context.getPipeParser();
      for (Path file : files.sorted().toList()) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String[] texts = content.split("\n");
        assert texts.length <= 500;
        for (String text : texts) {
          messages.add(parser.parse(text));
        }
      }
    }
    return messages;
  }

  /** PID-3 id of a message. */
  public static String patientId(Message message) throws Exception {
    return new Terser(message).get("/.PID-3-1");
  }

  /** MSH-9 as {@code code^trigger}. */
  public static String type(Message message) throws Exception {
    Terser terser = new Terser(message);
    return terser.get("/MSH-9-1") + "^" + terser.get("/MSH-9-2");
  }
}
