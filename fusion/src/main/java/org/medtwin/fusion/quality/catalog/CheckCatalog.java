package org.medtwin.fusion.quality.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medtwin.fusion.quality.check.CheckInstance;
import org.medtwin.fusion.quality.check.CheckType;

/** Every check type MedTwin runs, and their instances per table, field and concept. */
public final class CheckCatalog {

  private CheckCatalog() {}

  /** All check types, by category. */
  public static List<CheckType> types() {
    List<CheckType> types = new ArrayList<>();
    types.addAll(ConformanceChecks.types());
    types.addAll(CompletenessChecks.types());
    types.addAll(PlausibilityChecks.types());
    types.addAll(DriftChecks.types());
    types.addAll(LinkageChecks.types());
    return types;
  }

  /** Every instance of every check type, built with the context's parameters and knowledge. */
  public static List<CheckInstance> instances(CatalogContext context) {
    List<CheckInstance> instances = new ArrayList<>();
    instances.addAll(ConformanceChecks.instances(context));
    instances.addAll(CompletenessChecks.instances(context));
    instances.addAll(PlausibilityChecks.instances(context));
    instances.addAll(DriftChecks.instances(context));
    instances.addAll(LinkageChecks.instances(context));
    return instances;
  }

  /** Every id a thresholds file may name: type ids and instance ids. */
  public static Set<String> ids(CatalogContext context) {
    Set<String> ids = new HashSet<>();
    types().forEach(type -> ids.add(type.id()));
    instances(context).forEach(instance -> ids.add(instance.id()));
    return ids;
  }
}
