package org.medtwin.fusion.quality.catalog;

import java.util.regex.Pattern;

/**
 * The syntax rules of the code systems MedTwin stores, and their check digits: LOINC's mod 10
 * (LOINC Users' Guide, appendix "Calculating Mod 10 check digits", the Luhn scheme) and SNOMED CT's
 * Verhoeff (SNOMED CT Technical Implementation Guide, "Check-digit").
 */
public final class CodeFormats {

  private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
  private static final Pattern SNOMED = Pattern.compile("[1-9][0-9]{5,17}");
  private static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
  private static final Pattern RXNORM = Pattern.compile("[1-9][0-9]{0,7}");
  private static final Pattern CVX = Pattern.compile("[0-9]{1,3}");
  private static final Pattern DICOM_UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

  private static final int[][] VERHOEFF_D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] VERHOEFF_P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };

  private CodeFormats() {}

  /** {@code 2345-7}: up to seven digits, a hyphen, one check digit. */
  public static boolean loincFormat(String code) {
    return code != null && LOINC.matcher(code).matches();
  }

  /** Whether a well-formed LOINC code's last digit is the mod 10 check digit of the rest. */
  public static boolean loincCheckDigit(String code) {
    String digits = code.substring(0, code.indexOf('-'));
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      // The rightmost digit and every other one leftward are doubled (Luhn).
      int value = i % 2 == 0 ? digit * 2 : digit;
      sum += value > 9 ? value - 9 : value;
    }
    int check = (10 - sum % 10) % 10;
    return check == code.charAt(code.length() - 1) - '0';
  }

  /** A SNOMED CT concept id: 6 to 18 digits, no leading zero, partition {@code 00} or {@code 10}. */
  public static boolean snomedConceptIdFormat(String code) {
    if (code == null || !SNOMED.matcher(code).matches()) {
      return false;
    }
    String partition = code.substring(code.length() - 3, code.length() - 1);
    return partition.equals("00") || partition.equals("10");
  }

  /** Whether a SNOMED CT id's Verhoeff check digit holds. */
  public static boolean verhoeff(String digits) {
    int check = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      check = VERHOEFF_D[check][VERHOEFF_P[i % 8][digit]];
    }
    return check == 0;
  }

  /** An ICD-10-CM code such as {@code E11.9}, {@code O80} or {@code S72.001A} (dot optional). */
  public static boolean icd10CmFormat(String code) {
    return code != null && ICD_10_CM.matcher(code).matches();
  }

  /** An RxNorm concept unique identifier: 1 to 8 digits. */
  public static boolean rxNormFormat(String code) {
    return code != null && RXNORM.matcher(code).matches();
  }

  /** A CDC CVX vaccine code: 1 to 3 digits. */
  public static boolean cvxFormat(String code) {
    return code != null && CVX.matcher(code).matches();
  }

  /** A DICOM UID (PS3.5 section 9.1): dot-separated numbers without leading zeros, at most 64 characters. */
  public static boolean dicomUid(String uid) {
    return uid != null && uid.length() <= 64 && DICOM_UID.matcher(uid).matches();
  }

  /**
   * The syntax of a UCUM unit expression (UCUM section 2.1): printable ASCII without spaces, balanced
   * square brackets, curly braces and parentheses. The unit's meaning is checked per LOINC code
   * against the physiological ranges file.
   */
  public static boolean ucumSyntax(String unit) {
    if (unit == null || unit.isEmpty()) {
      return false;
    }
    int square = 0;
    int curly = 0;
    int round = 0;
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
      square += c == '[' ? 1 : c == ']' ? -1 : 0;
      curly += c == '{' ? 1 : c == '}' ? -1 : 0;
      round += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (square < 0 || curly < 0 || round < 0) {
        return false;
      }
    }
    return square == 0 && curly == 0 && round == 0;
  }

  /** A US ZIP code, {@code 02134} or {@code 02134-1234}. */
  public static boolean usZip(String zip) {
    return zip != null && zip.matches("[0-9]{5}(-[0-9]{4})?");
  }

  /** A phone number: digits with the usual separators, 7 to 15 digits (ITU-T E.164 allows 15). */
  public static boolean phone(String phone) {
    if (phone == null || !phone.matches("[0-9+()\\-. ]+")) {
      return false;
    }
    long digits = phone.chars().filter(Character::isDigit).count();
    return digits >= 7 && digits <= 15;
  }

  /** A person's name part without digits or control characters. */
  public static boolean namePart(String name) {
    return name != null && name.chars().noneMatch(c -> Character.isDigit(c) || Character.isISOControl(c));
  }
}
