package org.medtwin.store.person;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/** The human link decisions of a store: every one is kept, in the order they were made. */
public final class LinkDecisions {

  private final PatientStore store;

  /** The decisions of a store. */
  public LinkDecisions(PatientStore store) {
    this.store = store;
  }

  /**
   * Records a decision.
   *
   * @throws StoreException when the store refuses it
   */
  public void add(LinkDecision decision) {
    try (PreparedStatement insert = store.connection().prepareStatement(
        "INSERT INTO link_decision VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?)")) {
      insert.setString(1, decision.sourceA());
      insert.setString(2, decision.recordA());
      insert.setString(3, decision.sourceB());
      insert.setString(4, decision.recordB());
      insert.setString(5, decision.decision());
      insert.setString(6, decision.decidedBy());
      insert.setString(7, decision.decidedAt().toString().replace('T', ' '));
      insert.setString(8, decision.reason());
      insert.executeUpdate();
      if (!store.connection().getAutoCommit()) {
        store.connection().commit();
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot record the link decision in " + store.location().redacted()
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Every decision, oldest first, so that a later decision on the same pair overrides an earlier.
   *
   * @throws StoreException when the store cannot be read
   */
  public List<LinkDecision> all() {
    String sql = "SELECT source_a, record_a, source_b, record_b, decision, decided_by, decided_at,"
        + " reason FROM link_decision ORDER BY decided_at";
    try (Statement statement = store.connection().createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      List<LinkDecision> decisions = new ArrayList<>();
      while (row.next()) {
        decisions.add(new LinkDecision(row.getString(1), row.getString(2), row.getString(3),
            row.getString(4), "same".equals(row.getString(5)), row.getString(6),
            row.getTimestamp(7).toLocalDateTime(), row.getString(8)));
      }
      return decisions;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the link decisions of " + store.location().redacted()
          + ": " + e.getMessage(), e);
    }
  }
}
