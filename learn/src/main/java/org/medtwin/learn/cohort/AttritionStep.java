package org.medtwin.learn.cohort;

/** One row of the attrition table: a criterion, the persons left after it and those it removed. */
public record AttritionStep(String criterion, int remaining, int removed) {}
