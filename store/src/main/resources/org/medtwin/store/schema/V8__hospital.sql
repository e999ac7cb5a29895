-- The hospital server's local accounts: a password hash per directory user, and the failed
-- logins that lock an account. Identity and roles live in the governance directory (V4).
CREATE TABLE hospital_credential (
  user_id VARCHAR NOT NULL PRIMARY KEY,
  password_hash VARCHAR NOT NULL,
  failed_attempts INTEGER NOT NULL,
  locked_until TIMESTAMP,
  changed_at TIMESTAMP NOT NULL
);
