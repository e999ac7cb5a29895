package org.medtwin.twin.glucose.report;

/** The frame of the glucose twin's self-contained pages: no scripts, nothing fetched. */
final class HtmlPage {

  private HtmlPage() {}

  static String of(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + CalibrationReportHtml.escape(title) + "</title><style>"
        + "body{font-family:sans-serif;max-width:960px;margin:1em auto;}"
        + "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;"
        + "text-align:right}th:first-child,td:first-child{text-align:left}"
        + ".note{color:#555;font-size:90%}</style></head><body>\n"
        + "<h1>" + CalibrationReportHtml.escape(title) + "</h1>\n"
        + "<p class=\"note\">Research use only: the UVA/Padova (S2008) model with simglucose's"
        + " virtual patients; not a treatment decision.</p>\n"
        + body + "</body></html>\n";
  }
}
