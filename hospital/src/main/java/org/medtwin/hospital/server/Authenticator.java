package org.medtwin.hospital.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.medtwin.hospital.auth.Session;
import org.medtwin.hospital.auth.Sessions;

/**
 * Finds the session a request belongs to and turns away requests without one (401), and form
 * posts whose CSRF token is not their session's (403).
 */
final class Authenticator {

  static final String COOKIE = "medtwin_session";
  private static final String SESSION_ATTRIBUTE = "medtwin.session";

  private final Sessions sessions;
  private final boolean secureCookies;

  Authenticator(Sessions sessions, boolean secureCookies) {
    this.sessions = sessions;
    this.secureCookies = secureCookies;
  }

  /** The handler, run only for a live session (and, for posts, a matching CSRF token). */
  Handler signedIn(Handler inner) {
    return ctx -> {
      Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
      if (session.isEmpty()) {
        ctx.status(401).header("WWW-Authenticate", "Session realm=\"MedTwin\"");
        if (wantsHtml(ctx)) {
          ctx.html("<!DOCTYPE html><title>Sign in</title><p>Please <a href=\"/login\">sign in</a>.");
        } else {
          ctx.json(java.util.Map.of("error", "Sign in first: this endpoint needs a session."));
        }
        return;
      }
      if (ctx.method().name().equals("POST") && !session.get().csrfToken().equals(csrfToken(ctx))) {
        ctx.status(403).result("The form's CSRF token does not match your session. Reload the page.");
        return;
      }
      ctx.attribute(SESSION_ATTRIBUTE, session.get());
      ctx.header("Cache-Control", "no-store");
      inner.handle(ctx);
    };
  }

  /** The session of a request that passed {@link #signedIn}. */
  static Session session(Context ctx) {
    return ctx.attribute(SESSION_ATTRIBUTE);
  }

  /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure behind TLS. */
  void setCookie(Context ctx, Session session) {
    ctx.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : ""));
  }

  /** Clears the session cookie. */
  void clearCookie(Context ctx) {
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : ""));
  }

  /** The CSRF token of a post: the {@code X-CSRF-Token} header (API) or the form field. */
  private static String csrfToken(Context ctx) {
    String header = ctx.header("X-CSRF-Token");
    if (header != null) {
      return header;
    }
    String type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded")
        ? ctx.formParam("csrf") : null;
  }

  private static boolean wantsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }
}
