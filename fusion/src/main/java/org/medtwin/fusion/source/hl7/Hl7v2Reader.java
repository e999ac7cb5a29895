package org.medtwin.fusion.source.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.fusion.source.ContentHash;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceDescriptor;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceReader;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.fusion.standardize.ConceptMap;
import org.medtwin.fusion.standardize.LocalCodeStandardizer;
import org.medtwin.store.ingest.QuarantineEntry;

/**
 * Reads {@code *.hl7} files of HL7 v2 ER7 messages, one {@link SourceRecord} per message keyed by
 * its MSH-10 control id: ADT^A01/A04/A08 give a patient, ORU^R01 a patient and its lab results;
 * other types are kept unmodeled, broken messages are quarantined with their raw bytes.
 *
 * <p>HAPI parses every v2.x message into its v2.5 structures (one model for all versions) with
 * validation off, since real feeds break HAPI's strict rules in harmless ways; this reader makes
 * its own checks where a broken field would change a fact. Timestamps without an offset are in the
 * lab's zone, given to the constructor (UTC by default).
 */
public final class Hl7v2Reader implements SourceReader {

  /** Messages longer than this many bytes are quarantined (and only their beginning kept). */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 << 20;

  private final String source;
  private final ConceptMap conceptMap;
  private final ZoneId labZone;
  private final String localCodeSystem;
  private final int maxMessageBytes;
  private final ObjectMapper json = new ObjectMapper();

  /** A reader without a concept map, reading local timestamps as UTC. */
  public Hl7v2Reader(SourceDescriptor descriptor) {
    this(descriptor, ConceptMap.empty(), ZoneOffset.UTC);
  }

  /** A reader with the site's concept map, reading timestamps without an offset in {@code labZone}. */
  public Hl7v2Reader(SourceDescriptor descriptor, ConceptMap conceptMap, ZoneId labZone) {
    this(descriptor, conceptMap, labZone, DEFAULT_MAX_MESSAGE_BYTES);
  }

  /** As above, with a limit on the length of one message in bytes. */
  public Hl7v2Reader(
      SourceDescriptor descriptor, ConceptMap conceptMap, ZoneId labZone, int maxMessageBytes) {
    if (maxMessageBytes < 1) {
      throw new IllegalArgumentException("maxMessageBytes must be positive, not " + maxMessageBytes + ".");
    }
    this.source = descriptor.source();
    this.conceptMap = conceptMap == null ? ConceptMap.empty() : conceptMap;
    this.labZone = Objects.requireNonNull(labZone, "labZone");
    this.localCodeSystem =
        descriptor.localCodeSystem() == null
            ? CodeSystem.local(descriptor.source(), "lab")
            : descriptor.localCodeSystem();
    this.maxMessageBytes = maxMessageBytes;
  }

  /**
   * A reader for a source folder: loads the concept map its descriptor names, if any.
   *
   * @throws IOException when the concept map cannot be read or has a bad row
   */
  public static Hl7v2Reader forSource(SourceDescriptor descriptor, Path folder, ZoneId labZone)
      throws IOException {
    return new Hl7v2Reader(descriptor, ConceptMap.forSource(descriptor, folder), labZone);
  }

  @Override
  public boolean accepts(SourceFile file) {
    return file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hl7");
  }

  @Override
  public void read(SourceFile file, RecordSink sink) throws IOException {
    String name = file.relativeName();
    try (HapiContext hapi = new DefaultHapiContext();
        InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
      hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
      hapi.setValidationContext(ValidationContextFactory.noValidation());
      Hl7Time time = new Hl7Time(labZone);
      Hl7MessageMapper mapper =
          new Hl7MessageMapper(
              source,
              hapi.getPipeParser(),
              new PidMapper(source, time),
              new ObxMapper(source, new LocalCodeStandardizer(source, localCodeSystem, conceptMap), time),
              json);
      Hl7MessageSplitter splitter = new Hl7MessageSplitter(in, maxMessageBytes);
      RawMessage raw;
      while ((raw = splitter.next()) != null) {
        String location = "message " + raw.number();
        SourceRecord record;
        try {
          record = accept(raw, mapper, name, location);
        } catch (MessageRejectedException | IllegalArgumentException e) {
          record =
              new SourceRecord.Rejected(
                  new QuarantineEntry(source, name, location, e.getMessage(), raw.bytes(), raw.length()));
        }
        sink.accept(record);
      }
    }
  }

  private SourceRecord accept(RawMessage raw, Hl7MessageMapper mapper, String name, String location) {
    if (raw.truncated()) {
      throw new MessageRejectedException(
          "Message is " + raw.length() + " bytes long, over the limit of " + maxMessageBytes
              + " bytes. Maybe the messages are not separated by MSH segments at line starts?");
    }
    String text = decode(raw.bytes());
    Er7Header header = Er7Header.of(text);
    Hl7MessageMapper.Mapped mapped = mapper.map(text, header);
    return new SourceRecord.Accepted(
        header.controlId(),
        ContentHash.of(raw.bytes()),
        name,
        location,
        mapped.facts(),
        mapped.unmodeled(),
        mapped.unmapped());
  }

  /** UTF-8 unless MSH-18 names ISO 8859-1; bad bytes reject the message, never guess. */
  private static String decode(byte[] bytes) {
    // Every byte is a Latin-1 character, so the header can be looked at before choosing.
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    String msh = latin1.split("[\r\n]", 2)[0];
    if (msh.contains("8859/1")) {
      return latin1;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MessageRejectedException(
          "The message is not valid UTF-8. If the sender uses Latin-1 it must say 8859/1 in MSH-18.");
    }
  }
}
