-- MedTwin patient store, version 7: digital twin versions (module twin). Portable SQL (DuckDB and
-- PostgreSQL). Times are UTC. A version is never updated or deleted: a new fact makes a new version,
-- a scenario makes a fork (its own branch) that points at the version it started from.

CREATE TABLE twin_version (
  patient_id VARCHAR NOT NULL,
  branch VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  parent_branch VARCHAR,
  parent_version INTEGER,
  created_at TIMESTAMP NOT NULL,
  reason VARCHAR NOT NULL,
  facts_hash VARCHAR NOT NULL,
  twin_json VARCHAR NOT NULL,
  provenance_json VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);
