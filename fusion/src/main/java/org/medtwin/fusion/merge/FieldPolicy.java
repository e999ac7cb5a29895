package org.medtwin.fusion.merge;

import java.util.List;

/**
 * How one golden field is chosen.
 *
 * @param rules the rules, applied in order until one value is left
 * @param flagDisagreement whether sources that disagree on the field raise a conflict (birth date,
 *     sex: yes; a name spelled two ways: no, that is what linkage expects)
 */
public record FieldPolicy(List<SurvivorshipRule> rules, boolean flagDisagreement) {

  public FieldPolicy {
    rules = List.copyOf(rules);
  }
}
