package org.medtwin.cli.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class MonitorReplayCommandTest {

  private static final String HEADER =
      "patient_id,time,resp_rate,spo2,spo2_scale,on_oxygen,systolic_bp,pulse,consciousness,temperature";

  @TempDir Path dir;

  @Test
  void printsAlertsAsTheyFire_andReportsBadRowsWithoutStopping() throws Exception {
    Path file = dir.resolve("ward.csv");
    // p1: 0 at 08:00, then 5 at 09:00 (RR 25 = 3, pulse 111 = 2) -> URGENT; escalates 30 min later.
    // p2: an impossible SpO2, then a row with a broken time.
    Files.writeString(file, HEADER + "\n"
        + "p1,2026-11-25T08:00:00Z,16,97,1,false,120,70,A,37.0\n"
        + "p2,2026-11-25T08:05:00Z,16,140,1,false,120,70,A,37.0\n"
        + "p2,yesterday,16,97,1,false,120,70,A,37.0\n"
        + "p1,2026-11-25T09:00:00Z,25,97,1,false,120,111,A,37.0\n");
    CliRun run = CliRun.of("monitor", "replay", file.toString(), "--until", "2026-11-25T09:40:00Z");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2026-11-25T08:05:00Z WARNING REJECTED_OBSERVATION patient p2");
    assertThat(run.out()).contains("2026-11-25T09:00:00Z URGENT NEWS2_THRESHOLD patient p1");
    assertThat(run.out()).contains("EMERGENCY ESCALATION patient p1");
    assertThat(run.out()).contains("4 rows: 3 observations replayed, 1 bad rows");
    assertThat(run.err()).contains("line 4 skipped: time 'yesterday'");
  }

  @Test
  void missingColumnsAndMissingFile_areOneLineErrors() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "patient,when\n");
    CliRun run = CliRun.of("monitor", "replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("lacks the column(s) patient_id, time");
    CliRun none = CliRun.of("monitor", "replay", dir.resolve("none.csv").toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.errLines()).hasSize(1);
  }

  @Test
  void emptyFile_isAClearError() throws Exception {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, "");
    CliRun run = CliRun.of("monitor", "replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("lacks the column(s)");
  }
}
