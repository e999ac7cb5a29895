package org.medtwin.store.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.medtwin.store.table.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Bulk writes through PostgreSQL's {@code COPY ... FROM STDIN} in CSV form. */
final class PostgresBulkWriter implements BulkWriter {

  private final CopyManager copy;

  PostgresBulkWriter(Connection connection) throws SQLException {
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  @Override
  public void write(Table table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        "COPY " + table.stageName() + " (" + table.columnList() + ") FROM STDIN WITH (FORMAT csv)";
    CopyIn in = copy.copyIn(sql);
    try {
      StringBuilder buffer = new StringBuilder(1 << 16);
      for (Object[] row : rows) {
        appendRow(buffer, row);
        if (buffer.length() > 1 << 20) {
          flush(in, buffer);
        }
      }
      flush(in, buffer);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  private static void appendRow(StringBuilder out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      Object value = row[i];
      if (value == null) {
        continue; // an unquoted empty field is NULL in COPY's CSV form
      }
      String text;
      if (value instanceof byte[] bytes) {
        text = "\\x" + HexFormat.of().formatHex(bytes);
      } else if (value instanceof LocalDateTime time) {
        text = time.toString().replace('T', ' ');
      } else {
        text = value.toString();
      }
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }
}
