package org.medtwin.fusion.merge.store;

import java.sql.Types;
import java.util.List;

/** A table of migration V3 as the merge writer fills it: its name and typed columns, run id last. */
record GoldenTable(String name, List<String> columns, List<Integer> types) {

  static final GoldenTable PATIENT = new GoldenTable("golden_patient",
      List.of("person_id", "family", "given", "name_source", "name_record_id", "name_rule",
          "birth_date", "birth_date_source", "birth_date_record_id", "birth_date_rule",
          "sex", "sex_source", "sex_record_id", "sex_rule",
          "address_line", "city", "state", "postal_code", "country",
          "address_source", "address_record_id", "address_rule",
          "phone", "phone_source", "phone_record_id", "phone_rule",
          "deceased", "deceased_source", "deceased_record_id", "deceased_rule",
          "content_hash", "run_id"),
      typesOf(32, 6, Types.DATE, 26, Types.TIMESTAMP));

  static final GoldenTable FACT_SOURCE = new GoldenTable("golden_fact_source",
      List.of("person_id", "fact_id", "fact_type", "source", "source_fact_id", "representative",
          "content_hash", "run_id"),
      typesOf(8, 5, Types.BOOLEAN));

  static final GoldenTable CONFLICT = new GoldenTable("conflict",
      List.of("person_id", "kind", "field", "values_json", "chosen", "content_hash", "run_id"),
      typesOf(7));

  static final List<GoldenTable> ALL = List.of(PATIENT, FACT_SOURCE, CONFLICT);

  /** The temporary twin a run stages its rows in. */
  String stageName() {
    return name + "_merge_stage";
  }

  /** Index of the content hash column; the run id follows it. */
  int hashColumn() {
    return columns.size() - 2;
  }

  /** VARCHAR everywhere except the given (index, type) pairs. */
  private static List<Integer> typesOf(int count, int... exceptions) {
    Integer[] types = new Integer[count];
    java.util.Arrays.fill(types, Types.VARCHAR);
    for (int i = 0; i < exceptions.length; i += 2) {
      types[exceptions[i]] = exceptions[i + 1];
    }
    return List.of(types);
  }
}
