package org.medtwin.twin.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Replays a recorded stream through a monitor on the stream's own clock: before each observation the
 * clock advances to its time (never back), firing what fell overdue or escalated on the way.
 */
public final class MonitorReplay {

  /** How far event time may move before the monitor's clock ticks; overdue alerts land within it. */
  static final Duration TICK = Duration.ofMinutes(1);

  /**
   * What a replay did.
   *
   * @param rows rows read
   * @param observations observations accepted by the monitor
   * @param badRows rows that could not be read (reported, not replayed)
   * @param alerts alerts fired
   * @param late observations older than the patient's last, which changed nothing
   */
  public record Summary(long rows, long observations, long badRows, long alerts, long late) {}

  /** What the replay tells its caller, in order. */
  public interface Listener {
    /** An alert fired. */
    void alert(Alert alert);

    /** A row could not be read. */
    void badRow(ObservationCsvReader.Row row);
  }

  private MonitorReplay() {}

  /**
   * Replays every row, then advances the clock to {@code until} if given.
   *
   * @param until the end of the replay's clock, to see what falls overdue after the last row; may be null
   */
  public static Summary replay(ObservationCsvReader reader, VitalSignMonitor monitor, Instant until, Listener listener) {
    long rows = 0;
    long observations = 0;
    long bad = 0;
    long[] alerts = {0};
    Consumer<List<Alert>> emit = fired -> {
      alerts[0] += fired.size();
      fired.forEach(listener::alert);
    };
    Instant clock = null;
    Instant lastTick = null;
    for (ObservationCsvReader.Row row = reader.next(); row != null; row = reader.next()) {
      rows++;
      if (row.observation() == null) {
        bad++;
        listener.badRow(row);
        continue;
      }
      Instant time = row.observation().time();
      if (clock == null || time.isAfter(clock)) {
        clock = time;
      }
      if (lastTick == null || !clock.isBefore(lastTick.plus(TICK))) {
        emit.accept(monitor.tick(clock));
        lastTick = clock;
      }
      observations++;
      emit.accept(monitor.accept(row.observation()));
    }
    if (clock != null) {
      Instant end = until != null && until.isAfter(clock) ? until : clock;
      for (Instant step = lastTick.plus(TICK); step.isBefore(end); step = step.plus(TICK)) {
        emit.accept(monitor.tick(step));
      }
      emit.accept(monitor.tick(end));
    }
    return new Summary(rows, observations, bad, alerts[0], monitor.lateObservations());
  }
}
