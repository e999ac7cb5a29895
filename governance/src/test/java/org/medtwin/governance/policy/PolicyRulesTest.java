package org.medtwin.governance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medtwin.governance.datafile.DataFileException;

class PolicyRulesTest {

  @Test
  void theShippedRulesAreVersionedAndComplete() {
    PolicyRules rules = PolicyRules.standard();

    assertThat(rules.version()).isEqualTo(1);
    assertThat(rules.label()).isEqualTo("access-rules.csv v1");
    assertThat(rules.grant(Role.NURSE, PurposeOfUse.EMERGENCY, AccessAction.READ))
        .isEqualTo(Grant.BREAK_GLASS);
  }

  @Test
  void refusesAFileWithAMissingCell_namingIt() {
    String text = completeFile().replace("admin,emergency,export,deny,x\n", "");

    assertThatThrownBy(() -> PolicyRules.parse("site.csv", text))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("site.csv has no rule for admin x emergency x export");
  }

  @Test
  void refusesARepeatedCell_namingTheLine() {
    String text = completeFile() + "nurse,research,read,deny,again\n";

    assertThatThrownBy(() -> PolicyRules.parse("site.csv", text))
        .hasMessageContaining("site.csv line 59 repeats the cell nurse x research x read");
  }

  @Test
  void refusesAnUnknownGrant_listingTheKnownOnes() {
    String text = completeFile().replace("nurse,research,read,deny", "nurse,research,read,maybe");

    assertThatThrownBy(() -> PolicyRules.parse("site.csv", text))
        .hasMessageContaining("Unknown grant 'maybe'")
        .hasMessageContaining("care_team");
  }

  @Test
  void refusesAnUnversionedFile() {
    assertThatThrownBy(() -> PolicyRules.parse("site.csv", completeFile().replace("# version: 3\n", "")))
        .hasMessageContaining("states no version");
  }

  @Test
  void refusesAnEmptyOrHeaderlessFile() {
    assertThatThrownBy(() -> PolicyRules.parse("empty.csv", ""))
        .isInstanceOf(DataFileException.class);
    assertThatThrownBy(() -> PolicyRules.parse("x.csv", "# version: 1\nrole,purpose\n"))
        .hasMessageContaining("no column 'action'");
  }

  /** Version on line 1, header on line 2, the 56 deny cells on lines 3 to 58: an appended row is line 59. */
  private static String completeFile() {
    List<String> lines = new ArrayList<>();
    lines.add("# version: 3");
    lines.add("role,purpose,action,grant,rationale");
    for (Role role : Role.values()) {
      for (PurposeOfUse purpose : PurposeOfUse.values()) {
        for (AccessAction action : AccessAction.values()) {
          lines.add(role.code() + "," + purpose.code() + "," + action.code() + ",deny,x");
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
