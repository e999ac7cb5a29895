-- MedTwin patient store, version 1: the clinical facts of every source, the ingest ledger and the
-- quarantine. Portable SQL: the same file runs on DuckDB and PostgreSQL. Times are UTC.
-- Every fact table starts with the same columns: source, id, patient_id, source_record_id,
-- run_id, content_hash.

CREATE TABLE ingest_run (
  run_id VARCHAR NOT NULL,
  input VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL
);

CREATE TABLE ingested_file (
  source VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR NOT NULL,
  records BIGINT NOT NULL,
  quarantined BIGINT NOT NULL,
  run_id VARCHAR NOT NULL
);

CREATE TABLE source_record (
  source VARCHAR NOT NULL,
  record_key VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  location VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

CREATE TABLE quarantine (
  source VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  location VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  raw_hash VARCHAR NOT NULL,
  raw_length BIGINT NOT NULL,
  raw BYTEA,
  run_id VARCHAR NOT NULL
);

CREATE TABLE unmodeled_resource (
  source VARCHAR NOT NULL,
  resource_type VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  patient_id VARCHAR,
  json VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

CREATE TABLE unmapped_code (
  source VARCHAR NOT NULL,
  system VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  run_id VARCHAR NOT NULL
);

CREATE TABLE patient (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  family VARCHAR, given VARCHAR, birth_date DATE, sex VARCHAR NOT NULL,
  address_line VARCHAR, city VARCHAR, state VARCHAR, postal_code VARCHAR, country VARCHAR,
  phone VARCHAR, deceased TIMESTAMP,
  identifiers_json VARCHAR NOT NULL, names_json VARCHAR NOT NULL,
  addresses_json VARCHAR NOT NULL, telecom_json VARCHAR NOT NULL
);

CREATE TABLE encounter (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  status VARCHAR NOT NULL, encounter_class VARCHAR,
  type_system VARCHAR, type_code VARCHAR, type_display VARCHAR,
  start_time TIMESTAMP NOT NULL, end_time TIMESTAMP,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR
);

CREATE TABLE condition (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR,
  code_system VARCHAR NOT NULL, code VARCHAR NOT NULL, code_display VARCHAR,
  clinical_status VARCHAR, onset TIMESTAMP, abatement TIMESTAMP
);

CREATE TABLE observation (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL, category VARCHAR,
  code_system VARCHAR NOT NULL, code VARCHAR NOT NULL, code_display VARCHAR,
  effective TIMESTAMP,
  value_type VARCHAR, value_num FLOAT8, value_decimal VARCHAR, unit VARCHAR,
  value_code_system VARCHAR, value_code VARCHAR, value_text VARCHAR,
  source_code_system VARCHAR, source_code VARCHAR, source_value VARCHAR,
  ref_low FLOAT8, ref_high FLOAT8, ref_text VARCHAR,
  interpretation VARCHAR, components_json VARCHAR
);

CREATE TABLE medication_request (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL, intent VARCHAR,
  medication_system VARCHAR NOT NULL, medication_code VARCHAR NOT NULL, medication_display VARCHAR,
  authored_on TIMESTAMP, dosage_text VARCHAR,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR
);

CREATE TABLE medication_administration (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL,
  medication_system VARCHAR NOT NULL, medication_code VARCHAR NOT NULL, medication_display VARCHAR,
  effective TIMESTAMP NOT NULL, dose_value VARCHAR, dose_unit VARCHAR,
  route_system VARCHAR, route_code VARCHAR, route_display VARCHAR
);

CREATE TABLE procedure_performed (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL,
  code_system VARCHAR NOT NULL, code VARCHAR NOT NULL, code_display VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR
);

CREATE TABLE immunization (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL,
  vaccine_system VARCHAR NOT NULL, vaccine_code VARCHAR NOT NULL, vaccine_display VARCHAR,
  occurrence TIMESTAMP NOT NULL
);

CREATE TABLE allergy (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  code_system VARCHAR NOT NULL, code VARCHAR NOT NULL, code_display VARCHAR,
  clinical_status VARCHAR, verification_status VARCHAR, allergy_type VARCHAR,
  category VARCHAR, criticality VARCHAR, recorded TIMESTAMP, reactions_json VARCHAR NOT NULL
);

CREATE TABLE imaging_study (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, study_uid VARCHAR, status VARCHAR NOT NULL, started TIMESTAMP,
  modalities_json VARCHAR NOT NULL,
  body_site_system VARCHAR, body_site_code VARCHAR, body_site_display VARCHAR,
  procedure_system VARCHAR, procedure_code VARCHAR, procedure_display VARCHAR,
  number_of_series INTEGER, number_of_instances INTEGER
);

CREATE TABLE clinical_note (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL,
  type_system VARCHAR, type_code VARCHAR, type_display VARCHAR,
  note_date TIMESTAMP, content_type VARCHAR NOT NULL, note_text VARCHAR NOT NULL
);

CREATE TABLE device (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  type_system VARCHAR NOT NULL, type_code VARCHAR NOT NULL, type_display VARCHAR,
  status VARCHAR, udi VARCHAR, start_time TIMESTAMP, end_time TIMESTAMP
);

CREATE TABLE care_plan (
  source VARCHAR NOT NULL, id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  source_record_id VARCHAR NOT NULL, run_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
  encounter_id VARCHAR, status VARCHAR NOT NULL,
  category_system VARCHAR, category_code VARCHAR, category_display VARCHAR,
  start_time TIMESTAMP, end_time TIMESTAMP, activities_json VARCHAR NOT NULL,
  reason_system VARCHAR, reason_code VARCHAR, reason_display VARCHAR
);
