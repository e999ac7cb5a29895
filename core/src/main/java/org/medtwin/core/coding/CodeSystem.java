package org.medtwin.core.coding;

/** The canonical URIs of the code systems MedTwin meets, as FHIR R4 spells them. */
public final class CodeSystem {

  public static final String LOINC = "http://loinc.org";
  public static final String SNOMED_CT = "http://snomed.info/sct";
  public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  public static final String CVX = "http://hl7.org/fhir/sid/cvx";
  public static final String ATC = "http://www.whocc.no/atc";
  public static final String UCUM = "http://unitsofmeasure.org";
  public static final String DICOM_DCM = "http://dicom.nema.org/resources/ontology/DCM";

  /** Prefix of the code systems that belong to one site only, e.g. {@code urn:medtwin:hospital-b:lab}. */
  public static final String LOCAL_PREFIX = "urn:medtwin:";

  private CodeSystem() {}

  /** The URI of a site's local code system. */
  public static String local(String source, String name) {
    return LOCAL_PREFIX + source + ":" + name;
  }

  /**
   * Maps the short names used by HL7 v2 (table 0396) and by CSV extracts to the FHIR URI; returns
   * the input unchanged when it is already a URI or is not known.
   */
  public static String canonical(String nameOrUri) {
    if (nameOrUri == null) {
      return null;
    }
    return switch (nameOrUri.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "LN", "LOINC" -> LOINC;
      case "SCT", "SNOMED", "SNOMEDCT", "SNOMED-CT", "SNOMED CT" -> SNOMED_CT;
      case "I10C", "ICD10CM", "ICD-10-CM", "I10" -> ICD_10_CM;
      case "RXNORM", "RXN" -> RXNORM;
      case "CVX" -> CVX;
      case "ATC", "WC" -> ATC;
      case "UCUM" -> UCUM;
      default -> nameOrUri.trim();
    };
  }
}
