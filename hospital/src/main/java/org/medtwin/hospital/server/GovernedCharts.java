package org.medtwin.hospital.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medtwin.core.coding.Coding;
import org.medtwin.governance.GovernedAccess;
import org.medtwin.governance.directory.GovernanceDirectory;
import org.medtwin.governance.policy.AccessAction;
import org.medtwin.governance.policy.AccessRequest;
import org.medtwin.governance.policy.Decision;
import org.medtwin.governance.policy.PurposeOfUse;
import org.medtwin.governance.policy.SensitiveSections;
import org.medtwin.hospital.auth.Session;
import org.medtwin.hospital.chart.ChartQueries;
import org.medtwin.hospital.chart.PatientChart;
import org.medtwin.hospital.chart.TimelineEntry;
import org.medtwin.hospital.chart.WardPage;

/**
 * Patient reads as the server makes them: every chart read asks the governance door (which
 * audits it, permit or denial) and honours the withheld sections of its decision; the ward list
 * holds only the patients of the user's care teams. One JDBC connection is shared, so reads are
 * serialised on it.
 */
final class GovernedCharts {

  private final Object lock;
  private final GovernedAccess access;
  private final GovernanceDirectory directory;
  private final ChartQueries queries;
  private final SensitiveSections sections = SensitiveSections.standard();

  GovernedCharts(
      Object lock, GovernedAccess access, GovernanceDirectory directory, ChartQueries queries) {
    this.lock = lock;
    this.access = access;
    this.directory = directory;
    this.queries = queries;
  }

  /** The care-team patients of the session's user matching the search. */
  WardPage ward(Session session, String search, int page, int pageSize) {
    synchronized (lock) {
      Set<String> patients = new LinkedHashSet<>();
      for (String team : directory.careTeams().keySet()) {
        if (directory.members(team).contains(session.userId())) {
          patients.addAll(directory.patients(team));
        }
      }
      return queries.ward(search, page, pageSize, patients);
    }
  }

  /**
   * A governed chart read: the decision, and the chart when permitted (empty chart when the
   * person is unknown).
   *
   * @param breakGlassReason the emergency reason, or {@code null} for an ordinary read
   */
  Read chart(Session session, String personId, String breakGlassReason, int page, int pageSize) {
    PurposeOfUse purpose =
        breakGlassReason == null ? PurposeOfUse.TREATMENT : PurposeOfUse.EMERGENCY;
    AccessRequest request = new AccessRequest(session.userId(), session.role(), purpose,
        AccessAction.READ, personId, breakGlassReason);
    synchronized (lock) {
      Decision decision = access.authorize(request, "chart");
      if (decision.denied()) {
        return new Read(decision, Optional.empty(), 0);
      }
      Optional<PatientChart> chart = queries.chart(personId, page, pageSize);
      if (chart.isEmpty() || decision.withheldSections().isEmpty()) {
        return new Read(decision, chart, 0);
      }
      List<TimelineEntry> visible = new ArrayList<>();
      for (TimelineEntry entry : chart.get().timeline()) {
        if (!withheld(entry, decision)) {
          visible.add(entry);
        }
      }
      int withheld = chart.get().timeline().size() - visible.size();
      PatientChart shown = new PatientChart(chart.get().patient(), visible,
          chart.get().timelineTotal(), chart.get().conflicts());
      return new Read(decision, Optional.of(shown), withheld);
    }
  }

  private boolean withheld(TimelineEntry entry, Decision decision) {
    if (entry.code() == null || !entry.code().contains("|")) {
      return false;
    }
    int bar = entry.code().indexOf('|');
    Coding coding = new Coding(entry.code().substring(0, bar), entry.code().substring(bar + 1), null);
    for (String section : sections.sectionsOf(coding)) {
      if (decision.withheldSections().contains(section)) {
        return true;
      }
    }
    return false;
  }

  /** A governed read's outcome. */
  record Read(Decision decision, Optional<PatientChart> chart, int withheld) {}
}
