package org.medtwin.hospital.chart;

import java.util.List;

/**
 * One page of the ward list.
 *
 * @param patients the patients on this page
 * @param page the page number, from 1
 * @param pageSize patients per page
 * @param total patients matching the search
 */
public record WardPage(List<WardPatient> patients, int page, int pageSize, long total) {

  public WardPage {
    patients = List.copyOf(patients);
  }

  /** The number of pages, at least 1. */
  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
