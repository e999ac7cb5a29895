package org.medtwin.fusion.source.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files of Synthea 3.3.0's CSV export and how each is read: the clinical ones into facts,
 * the administrative ones (organizations, claims, ...) kept whole as unmodeled resources.
 */
enum SyntheaFile {
  PATIENTS(SyntheaPatientMapper::new),
  ENCOUNTERS(SyntheaEncounterMapper::new),
  CONDITIONS(SyntheaConditionMapper::new),
  OBSERVATIONS(SyntheaObservationMapper::new),
  MEDICATIONS(SyntheaMedicationMapper::new),
  PROCEDURES(SyntheaProcedureMapper::new),
  IMMUNIZATIONS(SyntheaImmunizationMapper::new),
  ALLERGIES(SyntheaAllergyMapper::new),
  CAREPLANS(SyntheaCarePlanMapper::new),
  DEVICES(SyntheaDeviceMapper::new),
  IMAGING_STUDIES(SyntheaImagingMapper::new),
  ORGANIZATIONS("Id"),
  PROVIDERS("Id"),
  PAYERS("Id"),
  PAYER_TRANSITIONS((String) null),
  CLAIMS("Id"),
  CLAIMS_TRANSACTIONS("ID"),
  SUPPLIES((String) null),
  PATIENT_EXPENSES((String) null);

  private final Function<SyntheaContext, CsvRowMapper> clinical;
  private final String unmodeledIdColumn;

  SyntheaFile(Function<SyntheaContext, CsvRowMapper> clinical) {
    this.clinical = clinical;
    this.unmodeledIdColumn = null;
  }

  SyntheaFile(String unmodeledIdColumn) {
    this.clinical = null;
    this.unmodeledIdColumn = unmodeledIdColumn;
  }

  /** The file kind for a file name such as {@code observations.csv}. */
  static Optional<SyntheaFile> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return Optional.empty();
    }
    String base = lower.substring(0, lower.length() - 4);
    return Arrays.stream(values()).filter(f -> f.baseName().equals(base)).findFirst();
  }

  /** The file's name without {@code .csv}, as unmodeled resources name their type. */
  String baseName() {
    return name().toLowerCase(Locale.ROOT);
  }

  CsvRowMapper mapper(SyntheaContext context, ObjectMapper json) {
    return clinical != null
        ? clinical.apply(context)
        : new UnmodeledRowMapper(context.source(), baseName(), unmodeledIdColumn, json);
  }
}
