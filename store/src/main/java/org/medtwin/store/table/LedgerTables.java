package org.medtwin.store.table;

import static org.medtwin.store.table.ColumnType.BIGINT;
import static org.medtwin.store.table.ColumnType.BYTES;

/** The tables that account for what ingestion read: the record ledger, quarantine and leftovers. */
public final class LedgerTables {

  /** One row per source record ever read and accepted: the basis of loaded versus unchanged. */
  public static final Table SOURCE_RECORD =
      Table.named("source_record")
          .text("source", "record_key", "content_hash", "file", "location", "run_id")
          .key("source", "record_key")
          .changeColumn("content_hash")
          .build();

  /** Records no reader could accept, with their raw bytes and a reason. */
  public static final Table QUARANTINE =
      Table.named("quarantine")
          .text("source", "file", "location", "reason", "raw_hash")
          .column("raw_length", BIGINT)
          .column("raw", BYTES)
          .text("run_id")
          .key("source", "file", "location", "raw_hash")
          .build();

  /** Source resources the clinical model does not cover yet, kept whole. */
  public static final Table UNMODELED_RESOURCE =
      Table.named("unmodeled_resource")
          .text("source", "resource_type", "id", "patient_id", "json", "content_hash", "run_id")
          .key("source", "resource_type", "id")
          .changeColumn("content_hash")
          .build();

  /** Local codes the site's concept map could not translate. */
  public static final Table UNMAPPED_CODE =
      Table.named("unmapped_code")
          .text("source", "system", "code", "unit", "run_id")
          .key("source", "system", "code", "unit")
          .build();

  private LedgerTables() {}
}
