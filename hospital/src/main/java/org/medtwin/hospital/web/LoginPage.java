package org.medtwin.hospital.web;

/** The sign-in form. */
public final class LoginPage {

  private LoginPage() {}

  /** The form, with an error message when the last attempt failed. */
  public static String render(String loginToken, String error) {
    StringBuilder body = new StringBuilder();
    if (error != null) {
      body.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
    }
    body.append("<form method=\"post\" action=\"/login\" class=\"login\">")
        .append("<input type=\"hidden\" name=\"login_token\" value=\"")
        .append(Html.escape(loginToken)).append("\">")
        .append("<label for=\"user\">User name</label>")
        .append("<input id=\"user\" name=\"user\" autocomplete=\"username\" required>")
        .append("<label for=\"password\">Password</label>")
        .append("<input id=\"password\" name=\"password\" type=\"password\"")
        .append(" autocomplete=\"current-password\" required>")
        .append("<label for=\"role\">Act as (if you hold several roles)</label>")
        .append("<select id=\"role\" name=\"role\"><option value=\"\">my role</option>")
        .append("<option>clinician</option><option>nurse</option><option>pharmacist</option>")
        .append("<option>researcher</option><option>data_steward</option>")
        .append("<option>patient</option><option>admin</option></select>")
        .append("<button type=\"submit\">Sign in</button></form>");
    return Layout.page("Sign in", null, body.toString());
  }
}
