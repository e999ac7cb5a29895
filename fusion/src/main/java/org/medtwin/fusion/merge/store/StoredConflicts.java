package org.medtwin.fusion.merge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.medtwin.store.PatientStore;
import org.medtwin.store.StoreException;

/** The conflicts the latest merge left in the store, filtered for a person to work through. */
public final class StoredConflicts {

  private final PatientStore store;

  /** The conflicts of the given store. */
  public StoredConflicts(PatientStore store) {
    this.store = store;
  }

  /**
   * Conflicts ordered by person, kind and field.
   *
   * @param personId only this person's, or {@code null} for all
   * @param kind only this kind, or {@code null} for all
   * @param limit at most this many
   * @throws StoreException when the store cannot be read
   */
  public List<StoredConflict> list(String personId, String kind, int limit) {
    String sql = "SELECT person_id, kind, field, values_json, chosen, run_id FROM conflict"
        + " WHERE (CAST(? AS VARCHAR) IS NULL OR person_id = ?) AND (CAST(? AS VARCHAR) IS NULL OR kind = ?)"
        + " ORDER BY person_id, kind, field LIMIT ?";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setString(1, personId);
      query.setString(2, personId);
      query.setString(3, kind);
      query.setString(4, kind);
      query.setInt(5, limit);
      List<StoredConflict> conflicts = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          conflicts.add(new StoredConflict(
              row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
              row.getString(6)));
        }
      }
      return conflicts;
    } catch (SQLException e) {
      throw new StoreException("Cannot read the conflicts of " + store.location().redacted() + ": " + e.getMessage(), e);
    }
  }
}
