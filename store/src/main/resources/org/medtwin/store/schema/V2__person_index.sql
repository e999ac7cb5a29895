-- MedTwin patient store, version 2: the master patient index. Portable SQL (DuckDB and
-- PostgreSQL). Times are UTC.

-- One row per linked patient record: the person it belongs to, the run that decided it, and the
-- content hash of the patient row it was linked from (a changed record is linked again).
CREATE TABLE person_link (
  source VARCHAR NOT NULL,
  record_id VARCHAR NOT NULL,
  person_id VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL,
  match_probability FLOAT8 NOT NULL,
  content_hash VARCHAR NOT NULL
);

-- Human decisions about pairs of records; the latest decision on a pair holds and every linkage
-- run obeys it.
CREATE TABLE link_decision (
  source_a VARCHAR NOT NULL,
  record_a VARCHAR NOT NULL,
  source_b VARCHAR NOT NULL,
  record_b VARCHAR NOT NULL,
  decision VARCHAR NOT NULL,
  decided_by VARCHAR NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  reason VARCHAR NOT NULL
);

-- One row per linkage run; a full run also trains the model that later incremental runs reuse.
CREATE TABLE link_run (
  run_id VARCHAR NOT NULL,
  mode VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  seconds FLOAT8 NOT NULL,
  records BIGINT NOT NULL,
  new_records BIGINT NOT NULL,
  persons BIGINT NOT NULL,
  pairs_compared BIGINT NOT NULL,
  model_run_id VARCHAR NOT NULL,
  prior FLOAT8 NOT NULL
);

-- The m and u of every comparison level of the model a full run trained.
CREATE TABLE link_model (
  run_id VARCHAR NOT NULL,
  comparison_index INTEGER NOT NULL,
  comparison VARCHAR NOT NULL,
  level_index INTEGER NOT NULL,
  label VARCHAR NOT NULL,
  m FLOAT8 NOT NULL,
  u FLOAT8 NOT NULL
);
