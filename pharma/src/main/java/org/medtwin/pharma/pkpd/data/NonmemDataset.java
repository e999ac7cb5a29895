package org.medtwin.pharma.pkpd.data;

import java.util.List;
import java.util.Optional;

/**
 * The result of reading a NONMEM-style dataset: the subjects built from the good records and every
 * problem found in the others.
 *
 * @param source the file name as given
 * @param subjects subjects in order of first appearance
 * @param issues rejected records and other problems, in file order
 * @param recordsRead data lines read (header and comment lines excluded)
 * @param covariateNames the columns read as covariates
 */
public record NonmemDataset(
    String source,
    List<SubjectData> subjects,
    List<DataIssue> issues,
    long recordsRead,
    List<String> covariateNames) {

  /** Copies the lists. */
  public NonmemDataset {
    subjects = List.copyOf(subjects);
    issues = List.copyOf(issues);
    covariateNames = List.copyOf(covariateNames);
  }

  /** The subject with identifier {@code id}, if present. */
  public Optional<SubjectData> subject(String id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Number of records accepted into subjects. */
  public long recordsAccepted() {
    return subjects.stream().mapToLong(s -> s.records().size()).sum();
  }
}
