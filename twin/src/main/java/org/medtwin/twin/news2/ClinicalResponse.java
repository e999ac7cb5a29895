package org.medtwin.twin.news2;

import java.time.Duration;
import java.util.Optional;

/**
 * What the RCP's Chart 4 asks for at one trigger threshold: the risk band, the minimum monitoring
 * frequency and the clinical response.
 *
 * @param trigger the chart's row, e.g. TOTAL_5_TO_6 or RED_SINGLE_PARAMETER
 * @param risk the clinical risk band
 * @param monitoring the monitoring frequency as the chart words it
 * @param overdueAfter the longest gap the frequency allows; empty for continuous monitoring
 * @param response the clinical response as the chart words it
 */
public record ClinicalResponse(
    String trigger, ClinicalRisk risk, String monitoring, Optional<Duration> overdueAfter, String response) {}
