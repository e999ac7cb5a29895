package org.medtwin.hospital.web;

import org.medtwin.governance.policy.Decision;
import org.medtwin.hospital.auth.Session;
import org.medtwin.hospital.chart.PatientChart;
import org.medtwin.hospital.chart.TimelineEntry;

/** The patient chart: golden record, open conflicts, and the timeline of every source's facts. */
public final class ChartView {

  private ChartView() {}

  /** The chart page; {@code withheld} entries were left out by the patient's consent. */
  public static String render(
      Session session, PatientChart chart, int page, int pageSize, int withheld) {
    var p = chart.patient();
    StringBuilder body = new StringBuilder();
    body.append("<dl class=\"summary\"><dt>Born</dt><dd>").append(Html.escape(p.birthDate()))
        .append("</dd><dt>Sex</dt><dd>").append(Html.escape(p.sex()))
        .append("</dd><dt>Person id</dt><dd>").append(Html.escape(p.personId()))
        .append("</dd><dt>Source records</dt><dd>").append(p.sources()).append("</dd></dl>");
    if (!chart.conflicts().isEmpty()) {
      body.append("<section aria-labelledby=\"conflicts\"><h2 id=\"conflicts\">Open conflicts</h2><ul>");
      for (String conflict : chart.conflicts()) {
        body.append("<li class=\"flag\">").append(Html.escape(conflict)).append("</li>");
      }
      body.append("</ul></section>");
    }
    if (withheld > 0) {
      body.append("<p class=\"notice\">").append(withheld)
          .append(" entries on this page are withheld by the patient's consent.</p>");
    }
    body.append("<table><caption>Timeline, newest first (").append(chart.timelineTotal())
        .append(" facts from every source)</caption><thead><tr><th scope=\"col\">When</th>")
        .append("<th scope=\"col\">Kind</th><th scope=\"col\">What</th>")
        .append("<th scope=\"col\">Value</th><th scope=\"col\">Reference range</th>")
        .append("<th scope=\"col\">Source</th></tr></thead><tbody>");
    for (TimelineEntry e : chart.timeline()) {
      body.append("<tr><td>").append(Html.escape(e.time())).append("</td><td>")
          .append(Html.escape(e.kind())).append("</td><td title=\"").append(Html.escape(e.code()))
          .append("\">").append(Html.escape(e.display())).append("</td><td>")
          .append(Html.escape(e.value())).append("</td><td>").append(Html.escape(e.referenceRange()))
          .append("</td><td>").append(Html.escape(e.source())).append("</td></tr>");
    }
    body.append("</tbody></table>");
    int pages = (int) Math.max(1, (chart.timelineTotal() + pageSize - 1) / pageSize);
    body.append(Pager.links("/patients/" + Html.url(p.personId()) + "?", page, pages));
    return Layout.page(p.family() + ", " + p.given(), session, body.toString());
  }

  /** The denial page, with the break-glass form where an emergency may open the chart. */
  public static String denied(Session session, String personId, Decision decision) {
    StringBuilder body = new StringBuilder();
    body.append("<p class=\"error\" role=\"alert\">").append(Html.escape(decision.explanation()))
        .append("</p><form method=\"post\" action=\"/patients/").append(Html.url(personId))
        .append("/break-glass\">").append(Layout.csrfField(session))
        .append("<label for=\"reason\">Emergency access (break-glass): the reason, which is")
        .append(" recorded and reviewed</label><textarea id=\"reason\" name=\"reason\"")
        .append(" required minlength=\"10\" maxlength=\"500\"></textarea>")
        .append("<button type=\"submit\">Open the chart in an emergency</button></form>");
    return Layout.page("Access denied", session, body.toString());
  }
}
