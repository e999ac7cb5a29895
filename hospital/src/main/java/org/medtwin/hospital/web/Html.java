package org.medtwin.hospital.web;

/** HTML escaping: every value from the store or the request passes through it before a page. */
public final class Html {

  private Html() {}

  /** The text with {@code & < > " '} escaped; {@code null} becomes the empty string. */
  public static String escape(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The text as one URL path segment or query value. */
  public static String url(String value) {
    return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
