package org.medtwin.hospital.server;

import io.javalin.http.Handler;

/**
 * One route of the server. Every route is declared in one list ({@link HospitalServer#routes()})
 * with its access, so a test can walk them all and prove none is open by accident.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the Javalin path ({@code /patients/{id}})
 * @param access who may call it
 * @param handler what it does (already wrapped in the authentication check when signed-in)
 */
public record Route(String method, String path, Access access, Handler handler) {

  /** Who may call a route. */
  public enum Access {
    /** Anyone: sign-in, health, readiness, static assets. */
    PUBLIC,
    /** A signed-in session; form posts also carry its CSRF token. */
    SIGNED_IN
  }
}
