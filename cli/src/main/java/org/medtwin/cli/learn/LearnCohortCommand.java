package org.medtwin.cli.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medtwin.cli.StoreOption;
import org.medtwin.learn.cohort.AttritionStep;
import org.medtwin.learn.cohort.Cohort;
import org.medtwin.learn.cohort.CohortBuilder;
import org.medtwin.learn.cohort.CodeHierarchy;
import org.medtwin.learn.cohort.CohortDefinitions;
import org.medtwin.store.PatientStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medtwin learn cohort --study S}: builds a study's cohort and prints its attrition table. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
    description = "Builds a study's cohort from the store and prints the attrition, criterion by criterion.")
public final class LearnCohortCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--study", required = true, paramLabel = "NAME|FILE",
      description = "A built-in study (ascvd, t2d, ckd) or a cohort definition JSON file.")
  String study;

  @Option(names = "--json", description = "Print the attrition as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Cohort cohort;
    try (PatientStore patientStore = store.open()) {
      cohort = new CohortBuilder(patientStore.connection(), CodeHierarchy.load()).build(CohortDefinitions.resolve(study));
    }
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("study", cohort.definition().name());
      List<Map<String, Object>> steps = new ArrayList<>();
      for (AttritionStep s : cohort.attrition()) {
        steps.add(Map.of("criterion", s.criterion(), "remaining", s.remaining(), "removed", s.removed()));
      }
      map.put("attrition", steps);
      map.put("persons", cohort.members().size());
      map.put("events", cohort.events());
      out.println(new ObjectMapper().writeValueAsString(map));
    } else {
      out.printf("%s (index date %s)%n", cohort.definition().title(), cohort.definition().indexDate());
      for (AttritionStep s : cohort.attrition()) {
        out.printf("  %-90s %,8d  (-%,d)%n", s.criterion(), s.remaining(), s.removed());
      }
      out.printf("Cohort: %,d persons, %,d with the outcome (%s)%n", cohort.members().size(), cohort.events(),
          cohort.definition().outcome().name());
    }
    out.flush();
    return 0;
  }
}
