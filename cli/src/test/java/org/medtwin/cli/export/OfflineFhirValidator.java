package org.medtwin.cli.export;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI FHIR's instance validator against the R4 base profiles, with no network: the base
 * definitions, in-memory value set expansion and HAPI's common code systems (UCUM, MIME types,
 * languages, countries). Building it loads every R4 definition (seconds), so tests share one.
 */
final class OfflineFhirValidator {

  private static FhirValidator validator;
  private static FhirContext context;

  private OfflineFhirValidator() {}

  static synchronized FhirValidator get() {
    if (validator == null) {
      context = FhirContext.forR4();
      ValidationSupportChain chain = new ValidationSupportChain(
          new DefaultProfileValidationSupport(context),
          new InMemoryTerminologyServerValidationSupport(context),
          new CommonCodeSystemsTerminologyService(context));
      FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
      validator = context.newValidator();
      validator.registerValidatorModule(instanceValidator);
    }
    return validator;
  }

  /** The errors (and fatals) HAPI finds in one resource's JSON. */
  static List<SingleValidationMessage> errors(String json) {
    return get().validateWithResult(json).getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }
}
