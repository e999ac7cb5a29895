package org.medtwin.governance.policy;

import java.util.Locale;
import org.medtwin.core.coding.Coding;
import org.medtwin.governance.datafile.DataFile;

/** One line of the sensitive-sections file: a code, a code prefix or an ICD-10-CM range. */
record CodeRule(String section, String system, String match, String from, String to) {

  static CodeRule of(DataFile.Row row) {
    String section = row.required("section");
    String system = row.required("system");
    String match = row.required("match").toLowerCase(Locale.ROOT);
    String code = row.required("code").toUpperCase(Locale.ROOT);
    switch (match) {
      case "exact":
      case "prefix":
        return new CodeRule(section, system, match, code, code);
      case "range":
        String[] ends = code.split("-");
        if (ends.length != 2 || ends[0].length() != 3 || ends[1].length() != 3
            || ends[0].compareTo(ends[1]) > 0) {
          throw row.error(
              "has range '" + code + "'. Maybe write two 3-character categories, as F01-F99?");
        }
        return new CodeRule(section, system, match, ends[0], ends[1]);
      default:
        throw row.error("has match '" + match + "'. Maybe exact, prefix or range?");
    }
  }

  boolean matches(Coding coding) {
    if (!coding.system().equals(system)) {
      return false;
    }
    String code = coding.code().toUpperCase(Locale.ROOT);
    switch (match) {
      case "exact":
        return code.equals(from);
      case "prefix":
        return code.startsWith(from);
      default:
        if (code.length() < 3) {
          return false;
        }
        String category = code.substring(0, 3);
        return category.compareTo(from) >= 0 && category.compareTo(to) <= 0;
    }
  }
}
