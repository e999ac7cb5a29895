package org.medtwin.fusion.source.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.v25.segment.OBR;
import ca.uhn.hl7v2.model.v25.segment.OBX;
import ca.uhn.hl7v2.model.v25.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.core.record.Patient;
import org.medtwin.store.ingest.UnmappedCode;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * Turns one checked HL7 v2 message into facts: ADT^A01/A04/A08 into a patient, ORU^R01 into a
 * patient and one observation per OBX; any other message type is kept whole as an unmodeled
 * resource of type {@code HL7v2:<type>}.
 */
final class Hl7MessageMapper {

  /** The message types this reader turns into facts. */
  static final Set<String> MODELED = Set.of("ADT^A01", "ADT^A04", "ADT^A08", "ORU^R01");

  private final String source;
  private final PipeParser parser;
  private final PidMapper pidMapper;
  private final ObxMapper obxMapper;
  private final ObjectMapper json;

  Hl7MessageMapper(
      String source, PipeParser parser, PidMapper pidMapper, ObxMapper obxMapper, ObjectMapper json) {
    this.source = source;
    this.parser = parser;
    this.pidMapper = pidMapper;
    this.obxMapper = obxMapper;
    this.json = json;
  }

  /** What a message yields. */
  record Mapped(
      List<ClinicalRecord> facts, List<UnmodeledResource> unmodeled, List<UnmappedCode> unmapped) {}

  /**
   * Maps a message whose header has been checked.
   *
   * @throws MessageRejectedException when the message cannot be accepted
   */
  Mapped map(String text, Er7Header header) {
    if (!MODELED.contains(header.messageType())) {
      return new Mapped(List.of(), List.of(unmodeled(text, header)), List.of());
    }
    Message message;
    try {
      // HAPI wants CR between segments; files often carry LF or CRLF.
      message = parser.parse(String.join("\r", header.segments()));
    } catch (HL7Exception e) {
      throw new MessageRejectedException("HAPI could not parse the message: " + e.getMessage());
    }
    List<Segment> segments = new ArrayList<>();
    collect(message, segments);
    PID pid = null;
    for (Segment segment : segments) {
      if (segment instanceof PID p) {
        pid = p;
        break;
      }
    }
    if (pid == null) {
      throw new MessageRejectedException(
          header.messageType() + " message has no PID segment, so it names no patient.");
    }
    Patient patient = pidMapper.map(pid);
    List<ClinicalRecord> facts = new ArrayList<>();
    facts.add(patient);
    List<UnmappedCode> unmapped = new ArrayList<>();
    OBR obr = null;
    int obxCount = 0;
    for (Segment segment : segments) {
      if (segment instanceof OBR o) {
        obr = o;
      } else if (segment instanceof OBX obx) {
        obxCount++;
        int position = header.positionOf("OBX", obxCount);
        ObxMapper.Result result =
            obxMapper.map(obx, obr, header.controlId(), patient.id(), position, obxCount);
        facts.add(result.observation());
        result.unmapped().ifPresent(unmapped::add);
      }
    }
    return new Mapped(facts, List.of(), unmapped);
  }

  private UnmodeledResource unmodeled(String text, Er7Header header) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("messageType", header.messageType());
    body.put("er7", text);
    try {
      return new UnmodeledResource(
          source, "HL7v2:" + header.messageType(), header.controlId(), null, json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A map of strings always serializes to JSON.", e);
    }
  }

  /** Every non-empty segment of a message in order, through its nested groups. */
  private static void collect(Group group, List<Segment> out) {
    for (String name : group.getNames()) {
      Structure[] all;
      try {
        all = group.getAll(name);
      } catch (HL7Exception e) {
        throw new IllegalStateException("HAPI lists " + name + " but cannot return it.", e);
      }
      for (Structure structure : all) {
        if (structure instanceof Segment segment) {
          if (!isEmpty(segment)) {
            out.add(segment);
          }
        } else if (structure instanceof Group nested) {
          collect(nested, out);
        }
      }
    }
  }

  private static boolean isEmpty(Segment segment) {
    try {
      return segment.isEmpty();
    } catch (HL7Exception e) {
      return false;
    }
  }
}
