package org.medtwin.hospital.web;

/** Previous / next links of a paged list. */
final class Pager {

  private Pager() {}

  /** Links for {@code page} of {@code pages}; {@code base} ends in {@code ?} or {@code &}. */
  static String links(String base, int page, int pages) {
    StringBuilder html = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
    if (page > 1) {
      html.append("<a rel=\"prev\" href=\"").append(Html.escape(base)).append("page=")
          .append(page - 1).append("\">Previous</a>");
    }
    html.append("<span>Page ").append(page).append(" of ").append(pages).append("</span>");
    if (page < pages) {
      html.append("<a rel=\"next\" href=\"").append(Html.escape(base)).append("page=")
          .append(page + 1).append("\">Next</a>");
    }
    return html.append("</nav>").toString();
  }
}
