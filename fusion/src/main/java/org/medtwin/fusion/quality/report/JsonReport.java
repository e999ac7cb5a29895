package org.medtwin.fusion.quality.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.medtwin.fusion.quality.QualityException;
import org.medtwin.fusion.quality.QualityReport;
import org.medtwin.fusion.quality.RunSummary;
import org.medtwin.fusion.quality.check.CheckResult;

/** Writes a quality run as JSON: the run, its totals, every result with its examples, and the trend. */
public final class JsonReport {

  private JsonReport() {}

  /** The report as a JSON tree. */
  public static ObjectNode toJson(QualityReport report) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("runId", report.runId());
    root.put("startedAt", report.startedAt().toString());
    root.put("finishedAt", report.finishedAt().toString());
    root.put("store", report.store());
    root.put("thresholdsVersion", report.thresholdsVersion());
    root.put("checkTypes", report.checkTypes());
    root.put("checkInstances", report.checkInstances());
    root.put("results", report.results().size());
    root.put("judged", report.judged());
    root.put("failed", report.failures().size());
    ArrayNode results = root.putArray("checks");
    for (CheckResult r : report.results()) {
      ObjectNode node = results.addObject();
      node.put("checkId", r.checkId());
      node.put("checkType", r.checkType());
      node.put("category", r.category().label());
      node.put("context", r.context().label());
      node.put("level", r.level().label());
      node.put("table", r.table());
      node.put("field", r.field());
      node.put("description", r.description());
      node.put("source", r.source());
      node.put("violations", r.violations());
      node.put("denominator", r.denominator());
      node.put("percent", r.percent());
      node.put("maxPercent", r.maxPercent());
      node.put("status", r.status().name());
      ArrayNode examples = node.putArray("examples");
      r.examples().forEach(id -> examples.addObject().put("source", r.source()).put("recordId", id));
    }
    ArrayNode trend = root.putArray("trend");
    for (RunSummary run : report.trend()) {
      ObjectNode node = trend.addObject();
      node.put("runId", run.runId());
      node.put("finishedAt", run.finishedAt().toString());
      node.put("results", run.results());
      node.put("failed", run.failed());
      ObjectNode byCategory = node.putObject("failedByCategory");
      run.failedByCategory().forEach(byCategory::put);
    }
    return root;
  }

  /**
   * Writes the report to a file.
   *
   * @throws QualityException when the file cannot be written
   */
  public static void write(QualityReport report, Path file) {
    try {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(report));
    } catch (IOException e) {
      throw new QualityException("Cannot write the JSON report to " + file + ": " + e.getMessage(), e);
    }
  }
}
