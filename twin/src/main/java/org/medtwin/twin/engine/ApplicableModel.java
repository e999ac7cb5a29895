package org.medtwin.twin.engine;

/**
 * A mechanistic or risk model that applies to this twin, and why.
 *
 * @param model the model's id in its library (e.g. pkpd:vancomycin)
 * @param module the MedTwin module that runs it
 * @param why the facts that make it apply
 */
public record ApplicableModel(String model, String module, String why) {}
