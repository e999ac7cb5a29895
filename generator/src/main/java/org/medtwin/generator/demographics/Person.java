package org.medtwin.generator.demographics;

/**
 * A person of the network: the source-free id written to the truth file and the true demographics.
 *
 * @param id the person's UUID
 * @param truth the demographics before any source's noise
 */
public record Person(String id, Identity truth) {}
