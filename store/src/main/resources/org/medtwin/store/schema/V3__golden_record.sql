-- MedTwin patient store, version 3: golden records, merged facts and conflicts, written by
-- `medtwin merge`. Portable SQL (DuckDB and PostgreSQL). Times are UTC. Each row carries the
-- content hash of everything but its run id, so a re-run that finds the same row keeps it.

-- One row per linked person: each field's chosen value, the source record it came from and the
-- survivorship rule that chose it (a rule name, agreement or tie-break).
CREATE TABLE golden_patient (
  person_id VARCHAR NOT NULL,
  family VARCHAR, given VARCHAR,
  name_source VARCHAR, name_record_id VARCHAR, name_rule VARCHAR,
  birth_date DATE,
  birth_date_source VARCHAR, birth_date_record_id VARCHAR, birth_date_rule VARCHAR,
  sex VARCHAR NOT NULL,
  sex_source VARCHAR, sex_record_id VARCHAR, sex_rule VARCHAR,
  address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR, country VARCHAR,
  address_source VARCHAR, address_record_id VARCHAR, address_rule VARCHAR,
  phone VARCHAR,
  phone_source VARCHAR, phone_record_id VARCHAR, phone_rule VARCHAR,
  deceased TIMESTAMP,
  deceased_source VARCHAR, deceased_record_id VARCHAR, deceased_rule VARCHAR,
  content_hash VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

-- Every source fact behind a merged fact: one row per (merged fact, source fact). The source fact
-- is the row (source, source_fact_id) of the fact table for fact_type; the representative is the
-- one from the most trusted source.
CREATE TABLE golden_fact_source (
  person_id VARCHAR NOT NULL,
  fact_id VARCHAR NOT NULL,
  fact_type VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  source_fact_id VARCHAR NOT NULL,
  representative BOOLEAN NOT NULL,
  content_hash VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

-- What the sources disagree on, for a person to resolve: the competing values with their
-- provenance as JSON, and the value survivorship chose (null when none was).
CREATE TABLE conflict (
  person_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  field VARCHAR NOT NULL,
  values_json VARCHAR NOT NULL,
  chosen VARCHAR,
  content_hash VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

-- One row per merge run.
CREATE TABLE merge_run (
  run_id VARCHAR NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  persons BIGINT NOT NULL,
  source_facts BIGINT NOT NULL,
  merged_facts BIGINT NOT NULL,
  conflicts BIGINT NOT NULL,
  rows_changed BIGINT NOT NULL
);
