package org.medtwin.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;
import org.medtwin.cli.testing.SyntheticNetworks;

class ExportFhirIT {

  @TempDir Path tempDir;

  @Test
  void exportOfAGeneratedNetwork_passesHapisR4Validator_withZeroErrors_andEveryResourceHasItsProvenance()
      throws Exception {
    String store = tempDir.resolve("store.duckdb").toString();
    CliRun fuse = CliRun.of("fuse", SyntheticNetworks.small().toString(), "--store", store);
    assertThat(fuse.exitCode()).as(fuse.err()).isZero();
    Path out = tempDir.resolve("fhir");

    CliRun export = CliRun.of("export", "fhir", "--store", store, "--out", out.toString());

    assertThat(export.exitCode()).as(export.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(out.resolve("manifest.json").toFile());
    List<String> errors = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    Set<String> resources = new HashSet<>();
    long validated = 0;
    for (JsonNode output : manifest.get("output")) {
      Path file = out.resolve(output.get("url").asText());
      List<String> lines;
      try (Stream<String> stream = Files.lines(file)) {
        lines = stream.toList();
      }
      assertThat(lines).as("lines of %s", file).hasSize(output.get("count").asInt());
      for (String line : lines) {
        JsonNode resource = json.readTree(line);
        String type = resource.get("resourceType").asText();
        assertThat(type).isEqualTo(output.get("type").asText());
        if (type.equals("Provenance")) {
          resource.get("target").forEach(t -> targets.add(t.get("reference").asText()));
        } else {
          resources.add(type + "/" + resource.get("id").asText());
        }
        for (SingleValidationMessage message : OfflineFhirValidator.errors(line)) {
          errors.add(type + "/" + resource.get("id").asText() + " " + message.getLocationString() + ": "
              + message.getMessage());
        }
        validated++;
      }
    }
    assertThat(validated).isGreaterThan(1000);
    assertThat(OfflineFhirValidator.errors("{\"resourceType\":\"Observation\",\"id\":\"x\"}"))
        .as("the validator finds a missing status and code").isNotEmpty();
    assertThat(errors).as("validation errors").isEmpty();
    assertThat(targets).as("one Provenance per resource").isEqualTo(resources);
  }
}
