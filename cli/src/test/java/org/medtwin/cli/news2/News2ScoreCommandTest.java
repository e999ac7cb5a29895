package org.medtwin.cli.news2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.cli.testing.CliRun;

class News2ScoreCommandTest {

  private static final String HEADER = "resp_rate,spo2,spo2_scale,on_oxygen,systolic_bp,pulse,consciousness,temperature";

  @TempDir Path dir;

  @Test
  void scoresAFile_andReportsTheRowsWithErrors() throws Exception {
    Path in = dir.resolve("vitals.csv");
    Path out = dir.resolve("scored.csv");
    // Row 1: all normal -> 0 LOW. Row 2: SpO2 140 is impossible.
    Files.writeString(in, HEADER + "\n18,96,1,false,130,80,A,36.5\n18,140,1,false,130,80,A,36.5\n");
    CliRun run = CliRun.of("news2", "score", "--in", in.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 rows: 1 scored, 1 with an error");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(1)).endsWith(",0,0,0,0,0,0,0,0,LOW,");
    assertThat(lines.get(2)).contains("spo2 140");
  }

  @Test
  void missingInput_isOneLineNotAStackTrace() {
    CliRun run = CliRun.of("news2", "score", "--in", dir.resolve("none.csv").toString(),
        "--out", dir.resolve("o.csv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("No such file");
  }

  @Test
  void wrongHeader_andBinaryInput_areClearErrors() throws Exception {
    Path wrong = dir.resolve("wrong.csv");
    Files.writeString(wrong, "a,b\n1,2\n");
    CliRun header = CliRun.of("news2", "score", "--in", wrong.toString(), "--out", dir.resolve("o.csv").toString());
    assertThat(header.exitCode()).isEqualTo(1);
    assertThat(header.err()).contains("lacks the column(s) resp_rate");
    assertThat(Files.exists(dir.resolve("o.csv"))).isFalse();

    Path binary = dir.resolve("binary.csv");
    Files.write(binary, (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n'}, java.nio.file.StandardOpenOption.APPEND);
    CliRun bin = CliRun.of("news2", "score", "--in", binary.toString(), "--out", dir.resolve("b.csv").toString());
    assertThat(bin.exitCode()).isEqualTo(1);
    assertThat(bin.errLines()).hasSize(1);
    assertThat(bin.err()).contains("not UTF-8");
  }
}
