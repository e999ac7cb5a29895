package org.medtwin.fusion.source.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.medtwin.fusion.source.ContentHash;
import org.medtwin.fusion.source.RecordSink;
import org.medtwin.fusion.source.SourceFile;
import org.medtwin.fusion.source.SourceRecord;
import org.medtwin.store.ingest.QuarantineEntry;

/**
 * The read loop every CSV reader shares: split rows at the byte level, decode each strictly as
 * UTF-8, check its column count against the header, give it a stable key and pass exactly one
 * {@link SourceRecord} per data row to the sink.
 *
 * <p>Keys ({@code <file>} is the file name, e.g. {@code patients.csv}): {@code <file>#<id>} where the mapper names an id column ({@code <file>#<id>#<n>} for
 * the n-th repeat of an id, n ≥ 2, as in Synthea's one-row-per-instance imaging file), otherwise
 * {@code <file>#<content hash>#<n>} where n counts identical rows so far (1-based). To number
 * repeats the scan remembers each id or hash it has seen: about 100 bytes per row.
 */
final class CsvScan {

  private final SourceFile file;
  private final char delimiter;
  private final int maxRowBytes;
  private final Map<String, Integer> seen = new HashMap<>();

  CsvScan(SourceFile file, char delimiter, int maxRowBytes) {
    this.file = file;
    this.delimiter = delimiter;
    this.maxRowBytes = maxRowBytes;
  }

  /** Reads the file, choosing the row mapper once the header is known. */
  void run(Function<CsvHeader, CsvRowMapper> mapperForHeader, RecordSink sink) throws IOException {
    String name = file.relativeName();
    String base = file.path().getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
      CsvRowSplitter splitter = new CsvRowSplitter(in, maxRowBytes);
      RawRow headerRow = splitter.next();
      if (headerRow == null) {
        return; // an empty file has no records
      }
      CsvHeader header = null;
      String headerProblem = null;
      try {
        header = CsvHeader.of(CsvLine.split(decode(headerRow), delimiter));
      } catch (CharacterCodingException | IllegalArgumentException e) {
        headerProblem = "The header line cannot be read (" + describe(e) + "), so no row can be.";
      }
      if (headerRow.truncated()) {
        headerProblem = "The header line is longer than " + maxRowBytes + " bytes, so no row can be read.";
      }
      CsvRowMapper mapper = header == null ? null : mapperForHeader.apply(header);
      RawRow raw;
      while ((raw = splitter.next()) != null) {
        String location = "line " + raw.line();
        String problem = headerProblem;
        SourceRecord record = null;
        if (problem == null) {
          try {
            record = accept(raw, header, mapper, base, name, location);
          } catch (RowRejectedException | IllegalArgumentException e) {
            problem = e.getMessage();
          }
        }
        sink.accept(record != null ? record : reject(raw, name, location, problem));
      }
    }
  }

  private SourceRecord accept(
      RawRow raw, CsvHeader header, CsvRowMapper mapper, String base, String name, String location) {
    if (raw.truncated()) {
      throw new RowRejectedException(
          "Row is " + raw.length() + " bytes long, over the limit of " + maxRowBytes
              + " bytes. Maybe a quote is never closed, or the file is not CSV?");
    }
    if (raw.unclosedQuote()) {
      throw new RowRejectedException(
          "Row opens a quote that is never closed before the end of the file.");
    }
    String text;
    try {
      text = decode(raw);
    } catch (CharacterCodingException e) {
      throw new RowRejectedException(badBytes(raw, header));
    }
    List<String> values = CsvLine.split(text, delimiter);
    if (values.size() != header.size()) {
      throw new RowRejectedException(
          "Row has " + values.size() + " columns but the header has " + header.size() + "."
              + (values.size() > header.size()
                  ? " Maybe an unquoted " + (delimiter == ',' ? "comma" : "'" + delimiter + "'")
                      + " in " + textColumn(header) + "?"
                  : " Maybe the row was cut short?"));
    }
    CsvRow row = new CsvRow(header, values);
    String hash = ContentHash.of(raw.bytes());
    String key;
    String factId;
    if (mapper.idColumn() != null) {
      String id = row.text(mapper.idColumn()); // names the column when the header lacks it
      if (id == null) {
        throw new RowRejectedException("Column " + mapper.idColumn() + " is empty but required.");
      }
      int n = seen.merge("id:" + id, 1, Integer::sum);
      factId = n == 1 ? id : id + "#" + n;
      key = base + "#" + factId;
    } else {
      int n = seen.merge("hash:" + hash, 1, Integer::sum);
      key = base + "#" + hash + "#" + n;
      factId = key;
    }
    MappedRow mapped = mapper.map(row, factId);
    return new SourceRecord.Accepted(
        key, hash, name, location, mapped.facts(), mapped.unmodeled(), mapped.unmapped());
  }

  private SourceRecord reject(RawRow raw, String name, String location, String reason) {
    return new SourceRecord.Rejected(
        new QuarantineEntry(file.source(), name, location, reason, raw.bytes(), raw.length()));
  }

  private static String decode(RawRow raw) throws CharacterCodingException {
    return strictDecoder().decode(ByteBuffer.wrap(raw.bytes())).toString();
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Names the column that holds the first undecodable byte, found by a lenient second decode. */
  private String badBytes(RawRow raw, CsvHeader header) {
    CharsetDecoder strict = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(raw.bytes());
    strict.decode(in, CharBuffer.allocate(raw.bytes().length + 1), true);
    int offset = in.position();
    String lenient = new String(raw.bytes(), StandardCharsets.UTF_8);
    List<String> values;
    try {
      values = CsvLine.split(lenient, delimiter);
    } catch (IllegalArgumentException e) {
      values = List.of();
    }
    String column = "an unknown column";
    for (int i = 0; i < values.size() && i < header.size(); i++) {
      if (values.get(i).indexOf('\uFFFD') >= 0) {
        column = "column " + header.names().get(i);
        break;
      }
    }
    return "Row is not valid UTF-8: byte " + offset + " in " + column
        + " cannot be decoded. Maybe the file was saved as Latin-1 or Windows-1252?";
  }

  private static String textColumn(CsvHeader header) {
    for (String candidate : List.of("DESCRIPTION", "NAME", "ADDRESS", "REASONDESCRIPTION")) {
      if (header.has(candidate)) {
        return candidate;
      }
    }
    return "a text column";
  }

  private static String describe(Exception e) {
    return e instanceof CharacterCodingException ? "it is not valid UTF-8" : e.getMessage();
  }
}
