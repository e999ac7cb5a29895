package org.medtwin.governance.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The chain's head row: how many entries there are, the last one's hash, its signature. */
record Head(long count, String lastHash, String signature) {

  static Head read(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT entry_count, last_hash, signature FROM gov_audit_head WHERE head_id = 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next() ? new Head(rows.getLong(1), rows.getString(2), rows.getString(3)) : null;
    }
  }

  static void insert(
      Connection connection, long count, String lastHash, String signature, String at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO gov_audit_head (head_id, entry_count, last_hash, signature, updated_at)"
                + " VALUES (1, ?, ?, ?, ?)")) {
      insert.setLong(1, count);
      insert.setString(2, lastHash);
      insert.setString(3, signature);
      insert.setString(4, at);
      insert.executeUpdate();
    }
  }

  /** Moves the head from {@code from} entries on; false when another writer moved it first. */
  static boolean advance(
      Connection connection, long from, long count, String lastHash, String signature, String at)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE gov_audit_head SET entry_count = ?, last_hash = ?, signature = ?,"
                + " updated_at = ? WHERE head_id = 1 AND entry_count = ?")) {
      update.setLong(1, count);
      update.setString(2, lastHash);
      update.setString(3, signature);
      update.setString(4, at);
      update.setLong(5, from);
      return update.executeUpdate() == 1;
    }
  }
}
