package org.medtwin.cli.pk;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.medtwin.cli.CliException;
import org.medtwin.pharma.pkpd.data.DataFormatException;
import org.medtwin.pharma.pkpd.data.DataIssue;
import org.medtwin.pharma.pkpd.data.DoseRouting;
import org.medtwin.pharma.pkpd.data.NonmemCsvReader;
import org.medtwin.pharma.pkpd.data.NonmemDataset;
import org.medtwin.pharma.pkpd.data.SubjectData;
import org.medtwin.pharma.pkpd.population.PopulationModel;

/** Reads one subject from a NONMEM-style file, reporting every rejected record. */
final class SubjectLoader {

  private SubjectLoader() {}

  static SubjectData load(Path file, String id, PopulationModel model, PrintWriter err) {
    NonmemDataset data;
    try {
      data = new NonmemCsvReader(DoseRouting.forModel(model.structure().firstOrderAbsorption()))
          .read(file);
    } catch (DataFormatException e) {
      throw new CliException(e.getMessage());
    }
    for (DataIssue issue : data.issues()) {
      err.println("medtwin: skipped " + issue.describe());
    }
    if (!data.issues().isEmpty()) {
      err.println("medtwin: " + data.issues().size() + " of " + data.recordsRead()
          + " records skipped; the rest were used.");
    }
    err.flush();
    return data.subject(id).orElseThrow(() -> new CliException("No subject with ID " + id + " in "
        + file.getFileName() + " (" + data.subjects().size() + " subjects"
        + (data.subjects().isEmpty() ? "" : ", e.g. " + data.subjects().stream().limit(5)
            .map(SubjectData::id).collect(Collectors.joining(", "))) + ")."));
  }
}
