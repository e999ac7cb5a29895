-- MedTwin patient store: the model registry of `medtwin learn`. Portable SQL (DuckDB and
-- PostgreSQL). Times are UTC. Rows are only ever inserted: a retrained model is a new version with
-- a new id, never an update of an old one.

-- One row per trained model: what it was trained on (cohort definition, feature set, data snapshot
-- hash, train/test split), by which code and settings, the booster itself, its metrics and model card.
CREATE TABLE learn_model (
  model_id VARCHAR NOT NULL,
  study VARCHAR NOT NULL,
  algorithm VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  code_version VARCHAR NOT NULL,
  seed BIGINT NOT NULL,
  cohort_json VARCHAR NOT NULL,
  feature_set_json VARCHAR NOT NULL,
  data_snapshot_hash VARCHAR NOT NULL,
  split_json VARCHAR NOT NULL,
  hyperparameters_json VARCHAR NOT NULL,
  preprocessing_json VARCHAR NOT NULL,
  metrics_json VARCHAR NOT NULL,
  model_card_json VARCHAR NOT NULL,
  model_bytes BYTEA NOT NULL,
  model_sha256 VARCHAR NOT NULL
);
