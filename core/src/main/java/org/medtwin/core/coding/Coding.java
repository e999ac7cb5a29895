package org.medtwin.core.coding;

/**
 * One code in one code system; a code never travels without its system.
 *
 * @param system the code system URI (see {@link CodeSystem}); for a site's own codes a {@code
 *     urn:medtwin:} URI
 * @param code the code itself
 * @param display the human-readable text that came with the code, or {@code null}
 */
public record Coding(String system, String code, String display) {

  public Coding {
    if (system == null || system.isBlank()) {
      throw new IllegalArgumentException(
          "Code '" + code + "' has no code system. Maybe the source left the system field empty?");
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("A coding of system " + system + " has an empty code.");
    }
    system = system.trim();
    code = code.trim();
  }

  /** A LOINC coding. */
  public static Coding loinc(String code, String display) {
    return new Coding(CodeSystem.LOINC, code, display);
  }

  /** A SNOMED CT coding. */
  public static Coding snomed(String code, String display) {
    return new Coding(CodeSystem.SNOMED_CT, code, display);
  }

  /** Whether the code belongs to one site's local code system rather than a shared standard. */
  public boolean isLocal() {
    return system.startsWith(CodeSystem.LOCAL_PREFIX);
  }

  /** {@code system|code}, the FHIR token form. */
  public String token() {
    return system + "|" + code;
  }
}
