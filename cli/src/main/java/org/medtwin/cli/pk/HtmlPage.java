package org.medtwin.cli.pk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medtwin.cli.CliException;

/** A self-contained HTML page (no scripts, no external resources): headings, tables, charts. */
final class HtmlPage {

  private final StringBuilder body = new StringBuilder();
  private final String title;

  HtmlPage(String title) {
    this.title = title;
  }

  HtmlPage heading(String text) {
    body.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  HtmlPage paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  HtmlPage table(List<String> header, List<List<String>> rows) {
    body.append("<table><tr>");
    for (String h : header) {
      body.append("<th>").append(escape(h)).append("</th>");
    }
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        body.append("<td>").append(escape(cell)).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  HtmlPage chart(SvgChart chart) {
    body.append("<figure>").append(chart.render()).append("</figure>\n");
    return this;
  }

  void write(Path file) {
    String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title) + "</title><style>body{font-family:sans-serif;max-width:60em;margin:2em"
        + " auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid"
        + " #ccc;padding:3px 8px;text-align:right}th{background:#f4f4f4}h1{font-size:1.4em}"
        + "h2{font-size:1.15em;margin-top:1.6em}</style></head><body>\n<h1>" + escape(title)
        + "</h1>\n" + body + "</body></html>\n";
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("Cannot write " + file + ": " + e.getMessage());
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
