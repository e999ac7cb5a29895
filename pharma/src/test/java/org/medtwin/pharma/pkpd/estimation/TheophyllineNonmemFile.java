package org.medtwin.pharma.pkpd.estimation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts R's Theoph layout (Subject, Wt, Dose, Time, conc) to NONMEM rows, the conversion
 * docs/pharmacology.md describes: per subject one dose record at TIME 0 (AMT = Dose in mg/kg,
 * EVID 1, MDV 1, CMT 1, the depot) and then every sample as an observation (EVID 0, MDV 0, CMT 2),
 * including the three non-zero concentrations at time 0, which nlme's fits also keep; WT as a
 * covariate column.
 */
final class TheophyllineNonmemFile {

  private TheophyllineNonmemFile() {}

  static Path write(Path folder) throws IOException {
    List<String> lines = Files.readAllLines(SharedPkData.file("theoph.csv"));
    List<String> out = new ArrayList<>();
    out.add("ID,TIME,AMT,DV,EVID,MDV,CMT,WT");
    String current = "";
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      if (!f[0].equals(current)) {
        current = f[0];
        out.add(String.join(",", f[0], "0", f[2], ".", "1", "1", "1", f[1]));
      }
      out.add(String.join(",", f[0], f[3], "0", f[4], "0", "0", "2", f[1]));
    }
    Path file = folder.resolve("theoph-nonmem.csv");
    Files.write(file, out);
    return file;
  }
}
