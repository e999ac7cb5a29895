package org.medtwin.hospital.auth;

/** What a login attempt came to; the page says only "wrong user name or password" or "locked". */
public enum LoginOutcome {
  /** The password matched an active, unlocked account. */
  SIGNED_IN,
  /** Unknown user, wrong password or inactive account: never said which. */
  REJECTED,
  /** Too many failures in a row: locked for a while whatever the password. */
  LOCKED
}
