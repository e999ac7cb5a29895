package org.medtwin.store.quarantine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.store.StoreException;

/** Reads the quarantine, so that people can see what was held back and why. */
public final class QuarantineRecords {

  private final Connection connection;

  /** The quarantine of the store behind the connection. */
  public QuarantineRecords(Connection connection) {
    this.connection = connection;
  }

  /**
   * Quarantined records in source, file and location order.
   *
   * @param source only this source's records, or {@code null} for all
   * @param limit at most this many
   */
  public List<QuarantinedRecord> list(String source, int limit) {
    String sql =
        "SELECT source, file, location, reason, raw_length, raw, run_id FROM quarantine"
            + (source == null ? "" : " WHERE source = ?")
            + " ORDER BY source, file, location LIMIT " + Math.max(0, limit);
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (source != null) {
        query.setString(1, source);
      }
      List<QuarantinedRecord> records = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          records.add(
              new QuarantinedRecord(
                  rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                  rows.getLong(5), rows.getBytes(6), rows.getString(7)));
        }
      }
      return records;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the quarantine: " + e.getMessage(), e);
    }
  }
}
