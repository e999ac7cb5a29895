package org.medtwin.twin.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies scenario changes to a twin, giving a new twin with kidney function and models worked out again. */
public final class Scenario {

  private final ModelCatalog catalog;

  public Scenario(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The twin with the changes applied, in order.
   *
   * @throws TwinException if a stop matches no current medication
   */
  public PatientTwin apply(PatientTwin twin, List<ScenarioChange> changes, Instant at) {
    List<TwinMedication> medications = new ArrayList<>(twin.medications());
    List<Measurement> measurements = new ArrayList<>(twin.measurements());
    List<String> described = new ArrayList<>(twin.scenario());
    for (ScenarioChange change : changes) {
      FactRef scenario = new FactRef("scenario", "fork", change.describe());
      if (change instanceof ScenarioChange.StartMedication) {
        ScenarioChange.StartMedication start = (ScenarioChange.StartMedication) change;
        medications.add(new TwinMedication(start.system(), start.code(), start.display(), at, start.dosage(), scenario));
      } else if (change instanceof ScenarioChange.StopMedication) {
        String wanted = ((ScenarioChange.StopMedication) change).codeOrName().toLowerCase(Locale.ROOT);
        boolean removed = medications.removeIf(m -> m.code().equals(wanted)
            || (m.display() != null && m.display().toLowerCase(Locale.ROOT).contains(wanted)));
        if (!removed) {
          throw new TwinException("The twin takes no medication '" + wanted + "' to stop. Maybe check 'medtwin twin show'?");
        }
      } else {
        ScenarioChange.SetMeasurement set = (ScenarioChange.SetMeasurement) change;
        measurements.removeIf(m -> m.code().equals(set.code()));
        measurements.add(new Measurement("http://loinc.org", set.code(), set.display(), set.value(), set.unit(), at,
            scenario));
        measurements.sort((a, b) -> a.code().compareTo(b.code()));
      }
      described.add(change.describe());
    }
    return new PatientTwin(twin.patientId(), twin.asOf(), twin.demographics(), twin.conditions(), twin.allergies(),
        medications, measurements, KidneyFunctions.of(twin.demographics(), measurements),
        catalog.applicable(twin.conditions(), medications), described);
  }
}
