package org.medtwin.governance;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a caller's connection, rolls back on failure and restores auto-commit. */
public final class Transactions {

  /** Work that may fail with an SQL error. */
  public interface Work<T> {
    T run() throws SQLException;
  }

  private Transactions() {}

  public static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
