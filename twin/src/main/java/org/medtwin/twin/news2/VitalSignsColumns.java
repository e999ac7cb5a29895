package org.medtwin.twin.news2;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads vital signs from the CSV columns that {@code news2 score} and {@code monitor replay} share. */
public final class VitalSignsColumns {

  /** The columns, in the order the issue names them. */
  public static final List<String> NAMES = List.of(
      "resp_rate", "spo2", "spo2_scale", "on_oxygen", "systolic_bp", "pulse", "consciousness", "temperature");

  /** Plain decimals only: no exponents, hexadecimal, NaN or Infinity that Double.parseDouble would take. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,9}(\\.\\d{0,9})?|\\.\\d{1,9})");

  private VitalSignsColumns() {}

  /**
   * The vital signs of one row, or null with the reasons added to {@code problems}.
   *
   * @param row the row's cells by column name
   */
  public static VitalSigns parse(Map<String, String> row, List<String> problems) {
    double respRate = number(row, "resp_rate", problems);
    double spo2 = number(row, "spo2", problems);
    Spo2Scale scale = null;
    try {
      scale = Spo2Scale.fromNumber(row.get("spo2_scale"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    Boolean onOxygen = bool(row.get("on_oxygen"), problems);
    double systolic = number(row, "systolic_bp", problems);
    double pulse = number(row, "pulse", problems);
    Consciousness consciousness = null;
    try {
      consciousness = Consciousness.fromLetter(row.get("consciousness"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    double temperature = number(row, "temperature", problems);
    if (!problems.isEmpty()) {
      return null;
    }
    return new VitalSigns(respRate, spo2, scale, onOxygen, systolic, pulse, consciousness, temperature);
  }

  private static double number(Map<String, String> row, String column, List<String> problems) {
    String text = row.get(column);
    if (text == null || text.isBlank()) {
      problems.add(column + " is missing");
      return Double.NaN;
    }
    String trimmed = text.trim();
    if (!DECIMAL.matcher(trimmed).matches()) {
      problems.add(column + " '" + abbreviate(text) + "' is not a number"
          + (trimmed.matches("[-+]?\\d+,\\d+") ? ". Maybe a decimal comma? Use a point." : ""));
      return Double.NaN;
    }
    return Double.parseDouble(trimmed);
  }

  private static Boolean bool(String text, List<String> problems) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("true")) {
      return Boolean.TRUE;
    }
    if (value.equals("false")) {
      return Boolean.FALSE;
    }
    problems.add("on_oxygen '" + abbreviate(text) + "' is not true or false");
    return Boolean.FALSE;
  }

  private static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
