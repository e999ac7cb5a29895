package org.medtwin.governance.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scrubs free text (notes, text results, dosage instructions) of names, identifiers, dates,
 * places and contact data: first what is known about the patient, then patterns for the Safe
 * Harbor identifier kinds that can appear in text. It errs on the side of removing too much: a
 * lab value of five digits goes as an id.
 */
public final class NoteScrubber {

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  private static final String STREET_SUFFIX =
      "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
          + "|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Gateway|Mill"
          + "|Mills|Crossing|Park|Ridge|Row|Run|Path|Pike|Loop|Alley|Extension|Ramp|Station"
          + "|Manor|Heights|Landing|Glen|Green|Hill|Knoll|Meadow|Point|Port|Ranch|Spur|Summit"
          + "|View|Village|Walk|Wells?|Harbor|Junction|Plaza|Route|Rue|Expressway|Freeway)";

  /** The patterns in the order they run: specific before general, so tags do not nest. */
  private static final List<Rule> PATTERNS =
      List.of(
          rule("[EMAIL]", "[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)+"),
          rule("[URL]", "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+"),
          rule("[URL]", "\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"),
          rule(
              "[ID]",
              "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"),
          rule("[ID]", "\\b\\d{3}-\\d{2}-\\d{4}\\b"),
          rule(
              "[DATE]",
              "\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                  + "(?:Z|[+-]\\d{2}:?\\d{2})?)?"),
          rule(
              "[PHONE]",
              "(?<![\\w])(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)"),
          rule("[DATE]", "\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"),
          rule("[DATE]", "\\b\\d{4}/\\d{1,2}/\\d{1,2}\\b"),
          rule(
              "[DATE]",
              "(?i)\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b"),
          rule(
              "[DATE]",
              "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+\\d{4})?\\b"),
          rule("[DATE]", "(?i)\\b" + MONTH + "\\.?,?\\s+\\d{4}\\b"),
          rule("[DATE]", "\\b(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\b"),
          rule(
              "[ADDRESS]",
              "\\b\\d{1,6}\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}" + STREET_SUFFIX
                  + "\\b\\.?(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*[\\w-]+)?"),
          rule("[ADDRESS]", "(?i)\\b(?:P\\.?\\s?O\\.?\\s+Box|Apt|Apartment|Suite|Unit)\\s*#?\\s*\\d+\\w*"),
          rule("[ZIP]", "\\b\\d{5}-\\d{4}\\b"),
          rule("[ID]", "\\b\\d{5,}\\b"),
          rule("[NAME]", "\\b[A-Z][a-z]+\\d{1,3}\\b"),
          // "Carlos is a 1 year-old ...": the subject of an age statement is the patient's name.
          rule(
              "[NAME]",
              "\\b[A-Z][\\w'-]+(?:[ \\t]+[A-Z][\\w'-]+){0,2}(?=\\s+is\\s+an?\\s+\\d{1,3}[\\s-]*"
                  + "(?:years?|months?|weeks?|days?)[\\s-]*old)"),
          rule("[ID]", "\\b(?=[A-Za-z]*\\d)(?=(?:[A-Za-z]*\\d){3})[A-Za-z\\d]{6,}\\b"),
          keeping(
              "[NAME]",
              "\\b((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+)[A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+)?"),
          keeping(
              "[NAME]",
              "(?i)\\b((?:daughter|son|wife|husband|mother|father|sister|brother|partner|spouse"
                  + "|friend|neighbou?r|guardian|caregiver)(?:,|\\s+(?:named|called))?\\s+)"
                  + "(?-i:[A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+)?)"));

  private static final Pattern OLD_AGE =
      Pattern.compile(
          "(?i)\\b(9\\d|1[0-4]\\d)(\\s*-?\\s*(?:years?|yrs?|y/?o|year-old|-year-old))");

  /** Replaces every identifying span of the text; {@code null} stays {@code null}. */
  public String scrub(String text, IdentifyingText known) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (Rule rule : knownRules(known)) {
      result = rule.apply(result);
    }
    for (Rule rule : PATTERNS) {
      result = rule.apply(result);
    }
    return OLD_AGE.matcher(result).replaceAll("90+$2");
  }

  /** Scrubs with the patterns alone. */
  public String scrub(String text) {
    return scrub(text, IdentifyingText.none());
  }

  private static List<Rule> knownRules(IdentifyingText known) {
    List<Rule> rules = new ArrayList<>();
    known.contacts().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(contact -> rules.add(contactRule(contact)));
    literals(rules, "[ID]", known.identifiers(), false);
    literals(rules, "[ADDRESS]", known.streets(), true);
    known.dates().forEach(date -> rules.add(rule("[DATE]", Pattern.quote(date.toString()))));
    literals(rules, "[PLACE]", known.places(), true);
    literals(rules, "[NAME]", known.names(), true);
    return rules;
  }

  private static void literals(List<Rule> rules, String tag, java.util.Set<String> values,
      boolean words) {
    values.stream()
        .filter(value -> value.strip().length() >= 2)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(value -> rules.add(literal(tag, value.strip(), words)));
  }

  /** A known value, matched as a whole word; short names only in their written case. */
  private static Rule literal(String tag, String value, boolean words) {
    String quoted = Pattern.quote(value);
    String bounded = words ? "(?<![\\p{L}\\d])" + quoted + "(?![\\p{L}\\d])" : quoted;
    int flags = value.length() >= 4 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return new Rule(Matcher.quoteReplacement(tag), Pattern.compile(bounded, flags));
  }

  /** A known phone is found whatever its separators; an e-mail address as written. */
  private static Rule contactRule(String contact) {
    String digits = contact.replaceAll("\\D", "");
    if (contact.contains("@") || digits.length() < 7) {
      return rule("[EMAIL]", "(?i)" + Pattern.quote(contact.strip()));
    }
    if (digits.length() == 11 && digits.startsWith("1")) {
      digits = digits.substring(1);
    }
    StringBuilder regex = new StringBuilder("(?<!\\d)(?:\\+?1[\\s.()-]*)?");
    for (int i = 0; i < digits.length(); i++) {
      regex.append(i == 0 ? "\\(?" : "[\\s.()-]*").append(digits.charAt(i));
    }
    regex.append("(?!\\d)");
    return rule("[PHONE]", regex.toString());
  }

  private static Rule rule(String tag, String regex) {
    return new Rule(Matcher.quoteReplacement(tag), Pattern.compile(regex));
  }

  /** A rule that keeps its first group (a title, a relation) and replaces the rest. */
  private static Rule keeping(String tag, String regex) {
    return new Rule("$1" + Matcher.quoteReplacement(tag), Pattern.compile(regex));
  }

  /** One replacement: every match of the pattern becomes the replacement. */
  private record Rule(String replacement, Pattern pattern) {
    String apply(String text) {
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
  }
}
