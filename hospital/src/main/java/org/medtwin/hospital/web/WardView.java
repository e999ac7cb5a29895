package org.medtwin.hospital.web;

import org.medtwin.hospital.auth.Session;
import org.medtwin.hospital.chart.WardPage;
import org.medtwin.hospital.chart.WardPatient;

/** The ward list: the patients of the user's care teams, searchable and paged. */
public final class WardView {

  private WardView() {}

  /** The page for one ward page and the search that produced it. */
  public static String render(Session session, WardPage ward, String search) {
    StringBuilder body = new StringBuilder();
    body.append("<form method=\"get\" action=\"/ward\" role=\"search\">")
        .append("<label for=\"q\">Find a patient by name</label>")
        .append("<input id=\"q\" name=\"q\" value=\"").append(Html.escape(search)).append("\">")
        .append("<button type=\"submit\">Search</button></form>");
    if (ward.patients().isEmpty()) {
      body.append("<p>No patients of your care teams match.</p>");
    } else {
      body.append("<table><caption>").append(ward.total())
          .append(" patients of your care teams</caption><thead><tr><th scope=\"col\">Name</th>")
          .append("<th scope=\"col\">Born</th><th scope=\"col\">Sex</th>")
          .append("<th scope=\"col\">Source records</th><th scope=\"col\">Open conflicts</th>")
          .append("</tr></thead><tbody>");
      for (WardPatient p : ward.patients()) {
        body.append("<tr><td><a href=\"/patients/").append(Html.url(p.personId())).append("\">")
            .append(Html.escape(p.family())).append(", ").append(Html.escape(p.given()))
            .append("</a></td><td>").append(Html.escape(p.birthDate())).append("</td><td>")
            .append(Html.escape(p.sex())).append("</td><td>").append(p.sources())
            .append("</td><td>").append(p.openConflicts() > 0
                ? "<span class=\"flag\">" + p.openConflicts() + "</span>" : "0")
            .append("</td></tr>");
      }
      body.append("</tbody></table>");
    }
    body.append(Pager.links("/ward?q=" + Html.url(search) + "&", ward.page(), ward.pages()));
    return Layout.page("Ward", session, body.toString());
  }
}
