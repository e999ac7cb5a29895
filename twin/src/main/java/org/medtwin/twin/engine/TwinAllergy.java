package org.medtwin.twin.engine;

/**
 * An allergy or intolerance of the twin.
 *
 * @param system the code system
 * @param code the substance's code
 * @param display its text
 * @param criticality low, high or unable-to-assess, or null
 * @param from the allergy row
 */
public record TwinAllergy(String system, String code, String display, String criticality, FactRef from) {}
