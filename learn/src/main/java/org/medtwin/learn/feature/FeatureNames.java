package org.medtwin.learn.feature;

import java.util.Locale;

/** Column names and clinical labels for the features, from code systems, codes and windows. */
final class FeatureNames {

  private FeatureNames() {}

  static String system(String uri) {
    if (uri == null) {
      return "none";
    }
    switch (uri) {
      case "http://snomed.info/sct":
        return "sct";
      case "http://loinc.org":
        return "loinc";
      case "http://www.nlm.nih.gov/research/umls/rxnorm":
        return "rx";
      case "http://hl7.org/fhir/sid/icd-10-cm":
        return "icd10cm";
      default:
        return "sys" + String.format(Locale.ROOT, "%08x", uri.hashCode());
    }
  }

  static String systemLabel(String uri) {
    if (uri == null) {
      return "no code system";
    }
    switch (uri) {
      case "http://snomed.info/sct":
        return "SNOMED CT";
      case "http://loinc.org":
        return "LOINC";
      case "http://www.nlm.nih.gov/research/umls/rxnorm":
        return "RxNorm";
      case "http://hl7.org/fhir/sid/icd-10-cm":
        return "ICD-10-CM";
      default:
        return uri;
    }
  }

  static String token(String text) {
    String t = text == null ? "none" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    t = t.replaceAll("^_+|_+$", "");
    return t.isEmpty() ? "x" : t.length() > 40 ? t.substring(0, 40) : t;
  }

  static String window(Integer days) {
    return days == null ? "any" : days + "d";
  }

  static String windowLabel(Integer days) {
    return days == null ? "any time before the index date" : "in the " + days + " days before the index date";
  }

  static String describe(String display, String system, String code) {
    String name = display == null || display.isBlank() ? "code " + code : display;
    return name + " [" + systemLabel(system) + " " + code + "]";
  }
}
