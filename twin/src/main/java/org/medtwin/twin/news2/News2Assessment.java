package org.medtwin.twin.news2;

/** The result of assessing one set of vital signs: a score, or the reasons it could not be scored. */
public sealed interface News2Assessment permits News2Score, RejectedVitalSigns {}
