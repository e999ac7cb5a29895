package org.medtwin.fusion.source.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.medtwin.core.record.ClinicalRecord;
import org.medtwin.fusion.source.BoundedLineReader;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.QuarantineEntry;
import org.medtwin.store.ingest.UnmodeledResource;

/**
 * Reads FHIR R4 JSON: bundles of any type ({@code *.json}, streamed entry by entry, so a bundle of
 * any size needs the memory of one entry) and NDJSON ({@code *.ndjson}, one resource a line, as
 * Bulk Data exports write it). Each resource is one source record.
 *
 * <p>Jackson's streaming parser does the reading: parsing Synthea bundles into HAPI FHIR's object
 * model is an order of magnitude slower, and ingestion needs only the fields the clinical model
 * holds. A syntax error inside a bundle stops Jackson; the rest of that file is then quarantined
 * as one record with the byte offset where it starts. In NDJSON each bad line is quarantined alone.
 */
public final class FhirReader implements SourceReader {

  /** The longest single resource (an NDJSON line or a non-bundle file) read into memory. */
  static final int MAX_RESOURCE_BYTES = 32 << 20;

  /** Bundles up to this size are read into memory whole; larger ones are streamed. */
  static final long MAX_IN_MEMORY_BUNDLE_BYTES = 64 << 20;

  private final String source;
  private final FhirResourceMapper mapper;
  private final ObjectMapper json;

  /** A reader for the named source. */
  public FhirReader(String source) {
    this.source = source;
    this.mapper = new FhirResourceMapper(source);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(MAX_RESOURCE_BYTES).build())
            .build();
    this.json =
        new ObjectMapper(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".ndjson");
  }

  @Override
  public void read(SourceFile file, RecordSink sink) throws IOException {
    if (file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
      readNdjson(file, sink);
    } else {
      readJson(file, sink);
    }
  }

  private void readNdjson(SourceFile file, RecordSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file.path())) {
      BoundedLineReader lines = new BoundedLineReader(in, MAX_RESOURCE_BYTES);
      for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        String location = "line " + line.number();
        if (line.truncated()) {
          sink.accept(reject(file, location, "The line is " + line.length() + " bytes long, more than the "
              + MAX_RESOURCE_BYTES + " bytes one FHIR resource may have. Maybe several resources"
              + " lost their line breaks?", line.bytes(), line.length()));
          continue;
        }
        JsonNode resource;
        try {
          resource = json.readTree(line.bytes());
        } catch (IOException e) {
          sink.accept(reject(file, location, "Not valid JSON: " + describe(e), line.bytes(), line.length()));
          continue;
        }
        sink.accept(resource(file, location, resource));
      }
    }
  }

  private void readJson(SourceFile file, RecordSink sink) throws IOException {
    long size = Files.size(file.path());
    if (size == 0) {
      return;
    }
    // Bundles up to this size are parsed from memory, which lets each resource's raw bytes be
    // hashed and kept as they are; larger ones stream, and their resources are re-serialized.
    byte[] bytes = size <= MAX_IN_MEMORY_BUNDLE_BYTES ? Files.readAllBytes(file.path()) : null;
    try (InputStream in = bytes != null ? null : new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16);
        JsonParser parser = bytes != null ? json.getFactory().createParser(bytes) : json.getFactory().createParser(in)) {
      parser.setCodec(json);
      if (isStreamableBundle(parser)) {
        readBundleEntries(file, parser, bytes, sink, size);
        return;
      }
    } catch (IOException e) {
      sink.accept(rejectFrom(file, "file", 0, size, "Not valid JSON: " + describe(e)));
      return;
    }
    readWholeResource(file, sink, size);
  }

  /** True when the file opens with {@code {"resourceType":"Bundle"}, as FHIR servers write it. */
  private static boolean isStreamableBundle(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "a FHIR JSON file must hold one JSON object");
    }
    return parser.nextToken() == JsonToken.FIELD_NAME
        && "resourceType".equals(parser.currentName())
        && parser.nextToken() == JsonToken.VALUE_STRING
        && "Bundle".equals(parser.getText());
  }

  private void readBundleEntries(
      SourceFile file, JsonParser parser, byte[] bytes, RecordSink sink, long size)
      throws IOException {
    int handed = 0;
    long entryStart = parser.currentLocation().getByteOffset();
    try {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!"entry".equals(field) || value != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          entryStart = parser.currentTokenLocation().getByteOffset();
          String location = "entry " + (handed + 1);
          if (next != JsonToken.START_OBJECT) {
            parser.skipChildren();
            handed++;
            sink.accept(reject(file, location, "The bundle entry is not a JSON object.", new byte[0], 0));
            continue;
          }
          BundleEntry entry = readEntry(parser, bytes);
          handed++;
          if (entry.resource() == null || !entry.resource().isObject()) {
            sink.accept(reject(file, location, "The bundle entry has no resource object.",
                slice(bytes, entryStart, parser.currentLocation().getByteOffset()), -1));
            continue;
          }
          sink.accept(resource(file, location, entry.resource(), entry.fullUrlId(), entry.raw()));
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "the bundle does not close");
      }
    } catch (IOException e) {
      sink.accept(rejectFrom(file, "entry " + (handed + 1) + " to end (byte " + entryStart + ")", entryStart, size,
          "The bundle breaks off: " + describe(e) + ". Entries before it were read; this record"
              + " holds the rest of the file. Maybe the file was cut short in transfer?"));
    }
  }

  /** One bundle entry: its resource as a tree and as raw bytes, and the id in its fullUrl. */
  private record BundleEntry(JsonNode resource, RawJson raw, String fullUrlId) {}

  private BundleEntry readEntry(JsonParser parser, byte[] bytes) throws IOException {
    JsonNode resource = null;
    RawJson raw = null;
    String fullUrlId = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("resource".equals(field) && value == JsonToken.START_OBJECT) {
        long start = parser.currentTokenLocation().getByteOffset();
        resource = parser.readValueAsTree();
        long end = parser.currentLocation().getByteOffset();
        raw = bytes == null ? null : new RawJson(bytes, (int) start, (int) (end - start));
      } else if ("fullUrl".equals(field) && value == JsonToken.VALUE_STRING) {
        String fullUrl = parser.getText();
        fullUrlId = fullUrl.startsWith("urn:uuid:") ? fullUrl.substring(9) : null;
      } else {
        parser.skipChildren();
      }
    }
    return new BundleEntry(resource, raw, fullUrlId);
  }

  private static byte[] slice(byte[] bytes, long start, long end) {
    if (bytes == null || start < 0 || end > bytes.length || end < start) {
      return new byte[0];
    }
    return java.util.Arrays.copyOfRange(bytes, (int) start, (int) Math.min(end, start + QuarantineEntry.MAX_RAW_BYTES));
  }

  private void readWholeResource(SourceFile file, RecordSink sink, long size) throws IOException {
    if (size > MAX_RESOURCE_BYTES) {
      sink.accept(rejectFrom(file, "file", 0, size, "The file is a single JSON object of " + size
          + " bytes that is not a Bundle opening with resourceType; files over "
          + MAX_RESOURCE_BYTES + " bytes must be bundles or NDJSON."));
      return;
    }
    byte[] bytes = Files.readAllBytes(file.path());
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (IOException e) {
      sink.accept(reject(file, "file", "Not valid JSON: " + describe(e), bytes, bytes.length));
      return;
    }
    if ("Bundle".equals(FhirJson.text(node, "resourceType"))) {
      int entry = 0;
      for (JsonNode item : node.path("entry")) {
        entry++;
        JsonNode resource = item.get("resource");
        if (resource == null || !resource.isObject()) {
          sink.accept(reject(file, "entry " + entry, "The bundle entry has no resource object.",
              json.writeValueAsBytes(item), -1));
        } else {
          sink.accept(resource(file, "entry " + entry, resource, fullUrlId(item), null));
        }
      }
      return;
    }
    sink.accept(resource(file, "file", node));
  }

  private SourceRecord resource(SourceFile file, String location, JsonNode resource) {
    return resource(file, location, resource, null, null);
  }

  private SourceRecord resource(
      SourceFile file, String location, JsonNode resource, String fallbackId, RawJson rawJson) {
    RawJson whole = rawJson != null ? rawJson : RawJson.of(serialized(resource));
    String type = FhirJson.text(resource, "resourceType");
    if (type == null) {
      return reject(file, location, "The resource has no resourceType.", whole.copy(), whole.length());
    }
    if (!FhirResourceTypes.isKnown(type)) {
      return reject(file, location, "resourceType '" + type + "' is not a FHIR R4 resource type. Maybe '"
          + FhirResourceTypes.closest(type) + "'?", whole.copy(), whole.length());
    }
    String id = FhirJson.text(resource, "id");
    if (id == null) {
      id = fallbackId;
    }
    if (id == null) {
      return reject(file, location, type + " has no id and its bundle entry no urn:uuid fullUrl;"
          + " MedTwin needs an id to recognise the resource when it is read again.", whole.copy(), whole.length());
    }
    String key = type + "/" + id;
    if (whole.hasEscapedNul()) {
      return reject(file, location, key + " holds a NUL character (\\u0000) in a text; no clinical"
          + " text has one, so the resource is probably corrupt. Fix it at the source.", whole.copy(), whole.length());
    }
    try {
      ClinicalRecord record = mapper.map(type, id, resource);
      List<ClinicalRecord> facts = record == null ? List.of() : List.of(record);
      List<UnmodeledResource> unmodeled =
          record == null
              ? List.of(new UnmodeledResource(source, type, id, FhirResourceMapper.patientOf(resource),
                  whole.text()))
              : List.of();
      return new SourceRecord.Accepted(
          key, whole.hash(), file.relativeName(), location, facts, unmodeled, List.of());
    } catch (IllegalArgumentException e) {
      return reject(file, location, key + ": " + e.getMessage(), whole.copy(), whole.length());
    }
  }

  private byte[] serialized(JsonNode resource) {
    try {
      return json.writeValueAsBytes(resource);
    } catch (IOException e) {
      throw new IllegalStateException("A parsed JSON tree could not be written back: " + e.getMessage(), e);
    }
  }

  private static String fullUrlId(JsonNode entry) {
    String fullUrl = entry == null ? null : FhirJson.text(entry, "fullUrl");
    return fullUrl != null && fullUrl.startsWith("urn:uuid:") ? fullUrl.substring(9) : null;
  }

  private SourceRecord reject(SourceFile file, String location, String reason, byte[] raw, long length) {
    return new SourceRecord.Rejected(new QuarantineEntry(
        source, file.relativeName(), location, reason, raw, length < 0 ? raw.length : length));
  }

  private SourceRecord rejectFrom(SourceFile file, String location, long offset, long size, String reason)
      throws IOException {
    long length = Math.max(0, size - offset);
    byte[] raw = new byte[(int) Math.min(length, QuarantineEntry.MAX_RAW_BYTES)];
    try (RandomAccessFile in = new RandomAccessFile(file.path().toFile(), "r")) {
      in.seek(offset);
      in.readFully(raw);
    }
    return reject(file, location, reason, raw, length);
  }

  private static String describe(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
      var where = jpe.getLocation();
      String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
      return jpe.getOriginalMessage() + at;
    }
    return e.getMessage();
  }
}
