package org.medtwin.cli.quarantine;

import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.store.PatientStore;
import org.medtwin.store.quarantine.QuarantinedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin quarantine}: what ingestion held back, and why. */
@Command(
    name = "quarantine",
    mixinStandardHelpOptions = true,
    description = "Shows the records ingestion held back.",
    subcommands = QuarantineCommand.ListCommand.class)
public final class QuarantineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** {@code medtwin quarantine list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists quarantined records: source, file, location, reason and the raw record's start.")
  public static final class ListCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin StoreOption store;

    @Option(names = "--source", description = "Only this source's records.")
    String source;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--raw-chars", defaultValue = "120", description = "How much of each raw record to show (default ${DEFAULT-VALUE}).")
    int rawChars;

    @Override
    public Integer call() {
      try (PatientStore patientStore = store.open()) {
        List<QuarantinedRecord> records = patientStore.quarantine().list(source, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (records.isEmpty()) {
          out.println("The quarantine is empty.");
        }
        for (QuarantinedRecord record : records) {
          out.println(record.source() + " " + record.file() + " " + record.location());
          out.println("  reason: " + record.reason());
          out.println("  raw (" + record.rawLength() + " bytes): " + preview(record.raw(), rawChars));
        }
        out.flush();
        return 0;
      }
    }

    /** The raw record's start, with control characters and undecodable bytes made visible. */
    static String preview(byte[] raw, int chars) {
      String text = new String(raw, 0, Math.min(raw.length, chars * 4), StandardCharsets.UTF_8);
      StringBuilder shown = new StringBuilder();
      text.codePoints().limit(chars).forEach(c -> {
        if (c == '\r') {
          shown.append("\\r");
        } else if (c == '\n') {
          shown.append("\\n");
        } else if (c < 0x20 || c == 0xFFFD) {
          shown.append(String.format("\\x%02x", c & 0xff));
        } else {
          shown.appendCodePoint(c);
        }
      });
      return shown.toString();
    }
  }
}
