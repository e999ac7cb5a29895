package org.medtwin.cli;

import picocli.CommandLine.IVersionProvider;

/** Tells the MedTwin version from the jar's manifest. */
public final class MedTwinVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = MedTwinVersion.class.getPackage().getImplementationVersion();
    return new String[] {"MedTwin " + (version == null ? "development build" : version)};
  }
}
