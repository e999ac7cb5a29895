-- MedTwin patient store, version 4: governance, written through plain JDBC by the governance
-- module (access policy, consent, break-glass, audit chain). Portable SQL (DuckDB and
-- PostgreSQL). Times are UTC ISO-8601 text where a hash covers them, so both engines give back
-- the very characters that were hashed.

-- Who may act on the store. A user with the patient role names the patient they are.
CREATE TABLE gov_user (
  user_id VARCHAR PRIMARY KEY,
  display_name VARCHAR,
  patient_id VARCHAR,
  active BOOLEAN NOT NULL,
  created_at VARCHAR NOT NULL
);

-- The roles each user holds (clinician, nurse, pharmacist, researcher, data_steward, patient,
-- admin); a request names one of them.
CREATE TABLE gov_user_role (
  user_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  PRIMARY KEY (user_id, role)
);

-- Care teams: their members see the patients the team cares for.
CREATE TABLE gov_care_team (
  team_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL
);

CREATE TABLE gov_care_team_member (
  team_id VARCHAR NOT NULL,
  user_id VARCHAR NOT NULL,
  PRIMARY KEY (team_id, user_id)
);

CREATE TABLE gov_care_team_patient (
  team_id VARCHAR NOT NULL,
  patient_id VARCHAR NOT NULL,
  PRIMARY KEY (team_id, patient_id)
);

-- A patient's consent: research opt-out; no row means no restriction recorded.
CREATE TABLE gov_consent (
  patient_id VARCHAR PRIMARY KEY,
  research_opt_out BOOLEAN NOT NULL,
  updated_at VARCHAR NOT NULL,
  updated_by VARCHAR NOT NULL
);

-- Sections (mental_health, sexual_health, ...) a patient withholds from a role.
CREATE TABLE gov_consent_withheld (
  patient_id VARCHAR NOT NULL,
  section VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  PRIMARY KEY (patient_id, section, role)
);

-- Break-glass accesses with their mandatory reason, kept out of the audit chain (free text) and
-- joined to it by the audit sequence; each waits for review.
CREATE TABLE gov_break_glass (
  event_id VARCHAR PRIMARY KEY,
  recorded_at VARCHAR NOT NULL,
  user_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  patient_id VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  audit_sequence BIGINT NOT NULL,
  reviewed_by VARCHAR,
  reviewed_at VARCHAR,
  review_note VARCHAR
);

-- The audit trail as a hash chain: entry_hash = SHA-256(previous_hash || canonical entry).
CREATE TABLE gov_audit_entry (
  sequence BIGINT PRIMARY KEY,
  recorded_at VARCHAR NOT NULL,
  user_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  purpose VARCHAR NOT NULL,
  patient_id VARCHAR,
  action VARCHAR NOT NULL,
  what VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL,
  reasons VARCHAR NOT NULL,
  previous_hash VARCHAR NOT NULL,
  entry_hash VARCHAR NOT NULL
);

CREATE INDEX gov_audit_entry_patient ON gov_audit_entry (patient_id);

-- The chain's head, kept apart from the entries so that cutting the tail shows: how many entries
-- there are and the last one's hash, HMAC-signed with a key held outside the store when one is set.
CREATE TABLE gov_audit_head (
  head_id INTEGER PRIMARY KEY,
  entry_count BIGINT NOT NULL,
  last_hash VARCHAR NOT NULL,
  signature VARCHAR,
  updated_at VARCHAR NOT NULL
);
