package org.medtwin.cli.conflicts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.medtwin.cli.CliException;
import org.medtwin.cli.StoreOption;
import org.medtwin.fusion.merge.store.StoredConflict;
import org.medtwin.fusion.merge.store.StoredConflicts;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin conflicts list}: one block per conflict, with every value and its sources. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists conflicts: person, kind, field, each competing value with the source records"
        + " that report it, and the value the golden record took.")
public final class ConflictsListCommand implements Callable<Integer> {

  private static final List<String> KINDS = List.of("patient-field", "allergy-status", "observation-value");

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--person", paramLabel = "ID", description = "Only this person's conflicts.")
  String person;

  @Option(names = "--kind", paramLabel = "K",
      description = "Only this kind: patient-field, allergy-status or observation-value.")
  String kind;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (kind != null && !KINDS.contains(kind)) {
      throw new CliException("--kind '" + kind + "' is not a conflict kind; use one of " + String.join(", ", KINDS) + ".");
    }
    if (limit < 1) {
      throw new CliException("--limit must be at least 1, not " + limit + ".");
    }
    try (PatientStore patientStore = store.open()) {
      List<StoredConflict> conflicts = new StoredConflicts(patientStore).list(person, kind, limit);
      PrintWriter out = spec.commandLine().getOut();
      if (conflicts.isEmpty()) {
        out.println("No conflicts" + (person == null ? "" : " for person " + person) + ".");
      }
      ObjectMapper json = new ObjectMapper();
      for (StoredConflict conflict : conflicts) {
        out.println(conflict.personId() + " " + conflict.kind() + " " + conflict.field());
        for (JsonNode value : json.readTree(conflict.valuesJson())) {
          List<String> sources = new ArrayList<>();
          value.path("reportedBy").forEach(p -> sources.add(p.path("source").asText() + "/" + p.path("record").asText()));
          out.println("  " + value.path("value").asText() + "  <- " + String.join(", ", sources));
        }
        out.println("  chosen: " + (conflict.chosen() == null ? "none (kept for review)" : conflict.chosen()));
      }
      out.flush();
    }
    return 0;
  }
}
