-- MedTwin patient store, version 5: data quality results, kept per run so a trend shows, written
-- by `medtwin quality`. Portable SQL (DuckDB and PostgreSQL). Times are UTC.

-- One row per quality run: when, under which thresholds file, how many check results failed.
CREATE TABLE quality_run (
  run_id VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  thresholds_version VARCHAR NOT NULL,
  results BIGINT NOT NULL,
  failed BIGINT NOT NULL
);

-- One row per (check instance, source) of a run: violating rows, denominator, percent, the
-- threshold it was held to, pass/fail, and up to N example record ids of that source as JSON.
CREATE TABLE quality_result (
  run_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  check_type VARCHAR NOT NULL,
  category VARCHAR NOT NULL,
  context VARCHAR NOT NULL,
  check_level VARCHAR NOT NULL,
  table_name VARCHAR,
  field_name VARCHAR,
  source VARCHAR NOT NULL,
  violations BIGINT NOT NULL,
  denominator BIGINT NOT NULL,
  percent FLOAT8 NOT NULL,
  max_percent FLOAT8 NOT NULL,
  status VARCHAR NOT NULL,
  examples_json VARCHAR NOT NULL
);

-- The distributions a run saw, so the next run can measure drift against them: kind
-- 'observation' (per source, code and unit: count, mean, standard deviation of numeric values),
-- 'table' (per source and table: rows, rows per patient), 'condition' (per source and code:
-- patients with it, share of the source's patients).
CREATE TABLE quality_profile (
  run_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  concept VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  n BIGINT NOT NULL,
  mean FLOAT8,
  sd FLOAT8
);
