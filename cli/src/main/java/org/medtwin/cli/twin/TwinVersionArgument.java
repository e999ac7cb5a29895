package org.medtwin.cli.twin;

import org.medtwin.cli.CliException;
import org.medtwin.twin.engine.TwinVersion;
import org.medtwin.twin.engine.TwinVersions;

/** Reads a version argument BRANCH@N (or BRANCH for its latest) and finds it. */
final class TwinVersionArgument {

  private TwinVersionArgument() {}

  static TwinVersion find(TwinVersions versions, String patient, String text) {
    int at = text.lastIndexOf('@');
    String branch = at < 0 ? text : text.substring(0, at);
    if (at < 0) {
      return versions.latest(patient, branch).orElseThrow(() -> missing(patient, text));
    }
    int number;
    try {
      number = Integer.parseInt(text.substring(at + 1));
    } catch (NumberFormatException e) {
      throw new CliException("Version '" + text + "' is not BRANCH@N. Maybe main@1?");
    }
    return versions.get(patient, branch, number).orElseThrow(() -> missing(patient, text));
  }

  private static CliException missing(String patient, String text) {
    return new CliException("Patient " + patient + " has no twin version " + text
        + ". Maybe run 'medtwin twin show --patient " + patient + "' first?");
  }
}
