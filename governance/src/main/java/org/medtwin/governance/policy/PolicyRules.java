package org.medtwin.governance.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medtwin.governance.datafile.DataFile;
import org.medtwin.governance.datafile.DataFileException;

/**
 * The role x purpose x action table of grants, loaded from {@code access-rules.csv} (or another
 * file of its shape) and checked to be complete: every cell once, no gap, no repeat.
 */
public final class PolicyRules {

  /** The rules MedTwin ships. */
  public static final String DEFAULT_FILE = "access-rules.csv";

  private static final List<String> COLUMNS =
      List.of("role", "purpose", "action", "grant", "rationale");

  private final String name;
  private final int version;
  private final Map<Role, Map<PurposeOfUse, Map<AccessAction, Grant>>> grants;

  private PolicyRules(
      String name, int version, Map<Role, Map<PurposeOfUse, Map<AccessAction, Grant>>> grants) {
    this.name = name;
    this.version = version;
    this.grants = grants;
  }

  /**
   * The shipped rules.
   *
   * @throws DataFileException when the shipped file is incomplete
   */
  public static PolicyRules standard() {
    return from(DataFile.load(PolicyRules.class, DEFAULT_FILE, COLUMNS));
  }

  /**
   * Rules from a file's text, for a site that writes its own.
   *
   * @throws DataFileException naming the line at fault when a cell is unknown, repeated or missing
   */
  public static PolicyRules parse(String name, String text) {
    return from(DataFile.parse(name, text, COLUMNS));
  }

  private static PolicyRules from(DataFile file) {
    Map<Role, Map<PurposeOfUse, Map<AccessAction, Grant>>> grants = new EnumMap<>(Role.class);
    for (DataFile.Row row : file.rows()) {
      Role role = parse(row, () -> Role.parse(row.required("role")));
      PurposeOfUse purpose = parse(row, () -> PurposeOfUse.parse(row.required("purpose")));
      AccessAction action = parse(row, () -> AccessAction.parse(row.required("action")));
      Grant grant = parse(row, () -> Grant.parse(row.required("grant")));
      Grant earlier =
          grants
              .computeIfAbsent(role, r -> new EnumMap<>(PurposeOfUse.class))
              .computeIfAbsent(purpose, p -> new EnumMap<>(AccessAction.class))
              .put(action, grant);
      if (earlier != null) {
        throw row.error(
            "repeats the cell " + role.code() + " x " + purpose.code() + " x " + action.code());
      }
    }
    requireComplete(file.name(), grants);
    return new PolicyRules(file.name(), file.version(), grants);
  }

  private static <T> T parse(DataFile.Row row, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw row.error("is invalid: " + e.getMessage());
    }
  }

  private static void requireComplete(
      String name, Map<Role, Map<PurposeOfUse, Map<AccessAction, Grant>>> grants) {
    for (Role role : Role.values()) {
      for (PurposeOfUse purpose : PurposeOfUse.values()) {
        for (AccessAction action : AccessAction.values()) {
          if (grants.getOrDefault(role, Map.of()).getOrDefault(purpose, Map.of()).get(action)
              == null) {
            throw new DataFileException(
                name + " has no rule for " + role.code() + " x " + purpose.code() + " x "
                    + action.code() + ". Maybe add the row with grant 'deny'?");
          }
        }
      }
    }
  }

  /** The grant of one cell. */
  public Grant grant(Role role, PurposeOfUse purpose, AccessAction action) {
    return grants.get(role).get(purpose).get(action);
  }

  /** The rules file's name and version, for decisions and reports ({@code access-rules.csv v1}). */
  public String label() {
    return name + " v" + version;
  }

  /** The version the file states. */
  public int version() {
    return version;
  }
}
