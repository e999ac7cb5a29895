package org.medtwin.hospital.web;

import org.medtwin.hospital.auth.Session;

/** The frame every page shares: head, skip link, header with the user and logout, main. */
public final class Layout {

  private Layout() {}

  /** A whole page around the body; {@code session} may be {@code null} (the login page). */
  public static String page(String title, Session session, String body) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape(title)).append(" · MedTwin</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/medtwin.css\"></head><body>")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
        .append("<header><span class=\"brand\">MedTwin</span>");
    if (session != null) {
      html.append("<nav aria-label=\"Main\"><a href=\"/ward\">Ward</a></nav>")
          .append("<span class=\"user\">").append(Html.escape(session.displayName()))
          .append(" (").append(Html.escape(session.role().code())).append(")</span>")
          .append("<form method=\"post\" action=\"/logout\" class=\"inline\">")
          .append(csrfField(session))
          .append("<button type=\"submit\">Sign out</button></form>");
    }
    html.append("</header><main id=\"main\"><h1>").append(Html.escape(title)).append("</h1>")
        .append(body).append("</main></body></html>");
    return html.toString();
  }

  /** The hidden field that carries the session's CSRF token in a form. */
  public static String csrfField(Session session) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(session.csrfToken()) + "\">";
  }
}
