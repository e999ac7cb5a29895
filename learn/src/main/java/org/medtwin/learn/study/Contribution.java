package org.medtwin.learn.study;

/** One feature's push on a risk, in clinical words: the feature, the patient's value and the change in log-odds. */
public record Contribution(String feature, String label, String value, double logOdds) {}
