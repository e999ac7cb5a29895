package org.medtwin.pharma.pkpd.data;

/** A bad field: carries the issue to report; the record is then skipped. */
final class FieldException extends Exception {

  private static final long serialVersionUID = 1L;

  final transient DataIssue issue;

  FieldException(DataIssue issue) {
    super(issue.message(), null, false, false);
    this.issue = issue;
  }
}
