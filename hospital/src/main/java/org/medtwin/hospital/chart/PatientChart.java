package org.medtwin.hospital.chart;

import java.util.List;

/**
 * What the chart page shows of one person: the golden record, a page of the timeline, and the
 * open conflicts.
 *
 * @param patient the golden record as the ward list has it
 * @param timeline timeline entries, newest first
 * @param timelineTotal entries in the whole timeline
 * @param conflicts open conflicts as {@code field: values}
 */
public record PatientChart(
    WardPatient patient, List<TimelineEntry> timeline, long timelineTotal, List<String> conflicts) {

  public PatientChart {
    timeline = List.copyOf(timeline);
    conflicts = List.copyOf(conflicts);
  }
}
