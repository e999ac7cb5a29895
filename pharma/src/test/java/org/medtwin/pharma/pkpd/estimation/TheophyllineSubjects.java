package org.medtwin.pharma.pkpd.estimation;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R's Theoph data set (shared/data/pk/theoph.csv) as fit subjects: dose in mg/kg at time 0, every
 * sample an observation including the three non-zero time-0 concentrations (as nlme's fits keep
 * them).
 */
final class TheophyllineSubjects {

  private TheophyllineSubjects() {}

  static List<FitSubject> read(OralOneCompartment.Form form, List<String> etaOn)
      throws IOException {
    List<String> lines = Files.readAllLines(SharedPkData.file("theoph.csv"));
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    Map<String, Double> doses = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      String id = f[0];
      doses.put(id, Double.parseDouble(f[2]));
      rows.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
    }
    List<FitSubject> subjects = new ArrayList<>();
    rows.forEach((id, samples) -> subjects.add(new FitSubject(id,
        samples.stream().mapToDouble(s -> s[0]).toArray(),
        samples.stream().mapToDouble(s -> s[1]).toArray(),
        new OralOneCompartment(doses.get(id), form, etaOn))));
    return subjects;
  }
}
