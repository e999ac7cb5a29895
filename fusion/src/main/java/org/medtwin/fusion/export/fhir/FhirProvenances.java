package org.medtwin.fusion.export.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.medtwin.fusion.export.Disclosure;
import org.medtwin.fusion.export.ExportPerson;
import org.medtwin.fusion.export.FactRow;

/**
 * The {@code Provenance} of every exported resource: which source system and source record each
 * fact came from (for a merged fact, every source that reported it), and the ingest run that loaded
 * it. {@code recorded} is the export's transaction time, when this provenance statement was made.
 */
final class FhirProvenances {

  private static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

  private final Disclosure disclosure;
  private final String recorded;

  FhirProvenances(Disclosure disclosure, Instant transactionTime) {
    this.disclosure = disclosure;
    this.recorded = FhirJson.dateTime(transactionTime);
  }

  ObjectNode ofPatient(String patientId, ExportPerson person) {
    ObjectNode provenance = start("Patient", patientId);
    ArrayNode entities = provenance.putArray("entity");
    ArrayNode agents = provenance.putArray("agent");
    java.util.Set<String> sources = new java.util.TreeSet<>();
    for (ExportPerson.SourceRef record : person.records()) {
      entities.add(entity(record.source(),
          disclosure.recordId(person.personId(), record.source(), record.sourceRecordId()), null));
      sources.add(record.source());
    }
    sources.forEach(source -> agents.add(agent(source)));
    return provenance;
  }

  ObjectNode ofFact(String type, String resourceId, FactRow row, List<String> duplicates) {
    ObjectNode provenance = start(type, resourceId);
    ArrayNode entities = provenance.putArray("entity");
    ArrayNode agents = provenance.putArray("agent");
    entities.add(entity(row.source(), disclosure.recordId(row.personId(), row.source(), row.sourceRecordId()),
        row.text("run_id")));
    agents.add(agent(row.source()));
    java.util.Set<String> sources = new java.util.TreeSet<>(List.of(row.source()));
    for (String duplicate : duplicates) {
      int slash = duplicate.indexOf('/');
      String source = duplicate.substring(0, slash);
      entities.add(entity(source, disclosure.recordId(row.personId(), source, duplicate.substring(slash + 1)), null));
      if (sources.add(source)) {
        agents.add(agent(source));
      }
    }
    return provenance;
  }

  private ObjectNode start(String type, String id) {
    ObjectNode provenance = FhirJson.resource("Provenance", FhirJson.factId("Provenance", type, id));
    provenance.set("target", FhirJson.list(FhirJson.reference(type, id)));
    provenance.put("recorded", recorded);
    return provenance;
  }

  private static ObjectNode agent(String source) {
    ObjectNode agent = FhirJson.object();
    agent.set("type", FhirJson.concept(PARTICIPANT_TYPE, "author", "Author"));
    ObjectNode who = FhirJson.object();
    who.put("display", source);
    agent.set("who", who);
    return agent;
  }

  private static ObjectNode entity(String source, String recordId, String runId) {
    ObjectNode entity = FhirJson.object();
    entity.put("role", "source");
    ObjectNode what = FhirJson.object();
    ObjectNode identifier = FhirJson.object();
    identifier.put("system", "urn:medtwin:source:" + source);
    identifier.put("value", recordId);
    what.set("identifier", identifier);
    what.put("display", source + " record " + recordId + (runId == null ? "" : ", ingest run " + runId));
    entity.set("what", what);
    return entity;
  }
}
