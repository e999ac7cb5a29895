package org.medtwin.fusion.quality.catalog;

import static org.medtwin.fusion.quality.check.Category.CONFORMANCE;
import static org.medtwin.fusion.quality.check.Category.PLAUSIBILITY;
import static org.medtwin.fusion.quality.check.Context.VALIDATION;
import static org.medtwin.fusion.quality.check.Context.VERIFICATION;
import static org.medtwin.fusion.quality.check.Level.FIELD;
import static org.medtwin.fusion.quality.check.Level.TABLE;

import java.util.ArrayList;
import java.util.List;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;
import org.medtwin.fusion.quality.check.Probe;

/**
 * Checks on the master patient index and the golden records: one person with two sexes or birth
 * dates across sources, two records of one source in one person, weak links, untraceable or
 * unresolved golden values.
 */
final class LinkageChecks {

  static final CheckType SEX = new CheckType("person_sex_conflict", PLAUSIBILITY, VALIDATION, FIELD,
      "A person's linked records agree on sex (male/female).");
  static final CheckType BIRTH = new CheckType("person_birth_date_conflict", PLAUSIBILITY, VALIDATION, FIELD,
      "A person's linked records agree on the birth date.");
  static final CheckType DEATH = new CheckType("person_death_date_conflict", PLAUSIBILITY, VALIDATION, FIELD,
      "A person's linked records that give a death agree on its day.");
  static final CheckType SAME_SOURCE = new CheckType("duplicate_patient_in_source", PLAUSIBILITY, VALIDATION, TABLE,
      "A person holds at most one patient record of each source (two are a duplicate registration).");
  static final CheckType WEAK_LINK = new CheckType("weak_person_link", PLAUSIBILITY, VALIDATION, TABLE,
      "A record joined to a person with others was linked with at least the parameter match probability.");
  static final CheckType UNRESOLVED = new CheckType("unresolved_conflict", PLAUSIBILITY, VALIDATION, TABLE,
      "A golden record has no conflict that survivorship could not resolve.");
  static final CheckType TRACEABLE = new CheckType("golden_value_traceable", CONFORMANCE, VERIFICATION, FIELD,
      "A golden record's chosen birth date names a source record linked to that person.");
  static final CheckType REPRESENTATIVE = new CheckType("merged_fact_one_representative", CONFORMANCE, VERIFICATION,
      TABLE, "A merged fact has exactly one representative source fact.");

  private LinkageChecks() {}

  static List<CheckType> types() {
    return List.of(SEX, BIRTH, DEATH, SAME_SOURCE, WEAK_LINK, UNRESOLVED, TRACEABLE, REPRESENTATIVE);
  }

  static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> out = new ArrayList<>();
    out.add(disagreement(SEX, "sex", "p.sex", "p.sex IN ('male', 'female')"));
    out.add(disagreement(BIRTH, "birth_date", "p.birth_date", "p.birth_date IS NOT NULL"));
    out.add(disagreement(DEATH, "deceased", "CAST(p.deceased AS DATE)", "p.deceased IS NOT NULL"));
    out.add(new CheckInstance(SAME_SOURCE, "person_link", "person_id", new Probe.Rows(
        "SELECT l.source AS source, l.record_id AS record_id, CASE WHEN count(*) OVER"
            + " (PARTITION BY l.person_id, l.source) > 1 THEN 1 ELSE 0 END AS violated FROM person_link l")));
    out.add(new CheckInstance(WEAK_LINK, "person_link", "match_probability", new Probe.Rows(
        "SELECT l.source AS source, l.record_id AS record_id, "
            + Sql.flag("l.match_probability < " + Sql.number(context.parameter(WEAK_LINK.id(), "minProbability")))
            + " AS violated FROM (SELECT source, record_id, match_probability,"
            + " count(*) OVER (PARTITION BY person_id) AS records FROM person_link) l WHERE l.records > 1")));
    out.add(CompletenessChecks.golden(UNRESOLVED, null,
        "EXISTS (SELECT 1 FROM conflict c WHERE c.person_id = g.person_id AND c.chosen IS NULL)"));
    out.add(new CheckInstance(TRACEABLE, "golden_patient", "birth_date_record_id", new Probe.Rows(
        "SELECT 'golden' AS source, g.person_id AS record_id, "
            + Sql.flag("NOT EXISTS (SELECT 1 FROM person_link l WHERE l.person_id = g.person_id"
                + " AND l.source = g.birth_date_source AND l.record_id = g.birth_date_record_id)")
            + " AS violated FROM golden_patient g WHERE g.birth_date_record_id IS NOT NULL")));
    out.add(new CheckInstance(REPRESENTATIVE, "golden_fact_source", "representative", new Probe.Rows(
        "SELECT 'golden' AS source, f.fact_id AS record_id, "
            + Sql.flag("sum(CASE WHEN f.representative THEN 1 ELSE 0 END) <> 1")
            + " AS violated FROM golden_fact_source f GROUP BY f.fact_id")));
    return out;
  }

  /** Every linked record whose person's records hold more than one distinct value. */
  private static CheckInstance disagreement(CheckType type, String field, String value, String present) {
    return new CheckInstance(type, "person_link", field, new Probe.Rows(
        "SELECT l.source AS source, l.record_id AS record_id, " + Sql.flag("d.values_seen > 1")
            + " AS violated FROM person_link l JOIN (SELECT l2.person_id, count(DISTINCT " + value + ") AS values_seen"
            + " FROM person_link l2 JOIN patient p ON p.source = l2.source AND p.id = l2.record_id WHERE " + present
            + " GROUP BY l2.person_id) d ON d.person_id = l.person_id"));
  }
}
