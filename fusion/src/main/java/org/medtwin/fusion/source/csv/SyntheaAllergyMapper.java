package org.medtwin.fusion.source.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medtwin.core.coding.CodeSystem;
import org.medtwin.core.coding.Coding;
import org.medtwin.core.record.AllergyIntolerance;

/** Maps rows of Synthea's {@code allergies.csv} to {@link AllergyIntolerance}s. */
final class SyntheaAllergyMapper implements CsvRowMapper {

  private final SyntheaContext context;

  SyntheaAllergyMapper(SyntheaContext context) {
    this.context = context;
  }

  @Override
  public String idColumn() {
    return null;
  }

  @Override
  public MappedRow map(CsvRow row, String factId) {
    List<Coding> reactions = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Coding reaction = SyntheaContext.snomed(row, "REACTION" + i, "DESCRIPTION" + i);
      if (reaction != null) {
        reactions.add(reaction);
      }
    }
    return MappedRow.of(
        new AllergyIntolerance(
            factId,
            row.required("PATIENT"),
            new Coding(system(row.optional("SYSTEM")), row.required("CODE"), row.optional("DESCRIPTION")),
            row.text("STOP") == null ? "active" : "inactive",
            "confirmed",
            lower(row.optional("TYPE")),
            lower(row.optional("CATEGORY")),
            null,
            row.instant("START"),
            reactions,
            context.provenance(factId)));
  }

  /** Synthea names the system (SNOMED-CT, RxNorm) or writes Unknown; unknown ones stay local. */
  private String system(String named) {
    if (named == null) {
      return CodeSystem.SNOMED_CT;
    }
    String canonical = CodeSystem.canonical(named);
    return canonical.contains(":") ? canonical : CodeSystem.local(context.source(), "allergy-" + named.toLowerCase(Locale.ROOT));
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
