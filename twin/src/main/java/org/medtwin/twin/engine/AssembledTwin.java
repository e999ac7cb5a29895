package org.medtwin.twin.engine;

import java.util.List;

/**
 * A twin fresh from the store, with every fact behind it and their hash (which changes exactly when a
 * fact is added, removed or changed).
 *
 * @param twin the twin
 * @param facts every store row read, sorted
 * @param factsHash SHA-256 over the rows and their content hashes
 */
public record AssembledTwin(PatientTwin twin, List<FactRef> facts, String factsHash) {

  public AssembledTwin {
    facts = List.copyOf(facts);
  }
}
