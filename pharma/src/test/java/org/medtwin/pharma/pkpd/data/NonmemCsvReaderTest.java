package org.medtwin.pharma.pkpd.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.pharma.pkpd.dosing.BolusDose;
import org.medtwin.pharma.pkpd.dosing.DoseEvent;
import org.medtwin.pharma.pkpd.dosing.InfusionDose;
import org.medtwin.pharma.pkpd.dosing.OralDose;
import org.medtwin.pharma.pkpd.dosing.SteadyState;

class NonmemCsvReaderTest {

  private final NonmemCsvReader oral = new NonmemCsvReader(DoseRouting.withDepot());
  private final NonmemCsvReader iv = new NonmemCsvReader(DoseRouting.intravenous());

  private NonmemDataset read(NonmemCsvReader reader, String text) throws DataFormatException {
    return reader.read(new StringReader(text), "data.csv");
  }

  @Test
  void readsDosesObservationsAndCovariatesPerSubject() throws Exception {
    NonmemDataset data = read(oral, """
        ID,TIME,AMT,DV,EVID,MDV,CMT,RATE,SS,II,WT,CRCL
        1,0,320,.,1,1,1,0,0,0,79.6,80
        1,0.5,.,1.9,0,0,2,.,.,.,79.6,80
        1,12,320,.,1,1,1,0,0,0,79.6,60
        2,0,1000,.,1,1,2,500,1,12,70,100
        2,11.5,0,12.3,0,0,2,0,0,0,70,100
        """);
    assertThat(data.issues()).isEmpty();
    assertThat(data.recordsRead()).isEqualTo(5);
    assertThat(data.covariateNames()).containsExactly("WT", "CRCL");
    SubjectData one = data.subject("1").orElseThrow();
    assertThat(one.doses().doses()).containsExactly(OralDose.of(0, 320), OralDose.of(12, 320));
    assertThat(one.measurements()).extracting(Measurement::value).containsExactly(1.9);
    assertThat(one.covariates().valueAt("CRCL", 6)).isEqualTo(80);
    assertThat(one.covariates().valueAt("CRCL", 12)).isEqualTo(60);
    SubjectData two = data.subject("2").orElseThrow();
    assertThat(two.doses().doses())
        .containsExactly(new InfusionDose(0, 1000, 500, false, SteadyState.reset(12)));
  }

  @Test
  void infersEvidAndMdvAndExpandsAdditionalDoses() throws Exception {
    NonmemDataset data = read(iv, """
        ID TIME AMT DV ADDL II
        7 0 100 . 3 8
        7 30 . 4.2 . .
        """);
    SubjectData s = data.subjects().get(0);
    assertThat(s.doses().doses()).extracting(DoseEvent::time).containsExactly(0.0, 8.0, 16.0, 24.0);
    assertThat(s.doses().doses()).allMatch(d -> d instanceof BolusDose);
    assertThat(s.measurements()).hasSize(1);
  }

  @Test
  void reportsEachMalformedRecordWithLineAndColumnAndKeepsTheGoodOnes() throws Exception {
    NonmemDataset data = read(oral, """
        ID,TIME,AMT,DV,EVID,MDV,CMT,RATE,SS,II,WT
        1,0,100,.,1,1,1,0,0,0,70
        1,08:30,.,2.0,0,0,2,0,0,0,70
        1,2,.,abc,0,0,2,0,0,0,70
        1,3,.,.,0,0,2,0,0,0,70
        1,4,100,.,1,1,1,-2,0,0,70
        1,5,100,.,1,1,1,0,1,.,70
        1,6,100,.,4,1,1,0,0,0,70
        1,7,100,.,1,1,3,0,0,0,70
        1,8,.,3.1,0,0,2,0,0,0,heavy
        1,9,.,3.0,0,0,2
        1,10,.,2.5,0,0,2,0,0,0,70
        """);
    assertThat(data.issues()).extracting(DataIssue::line, DataIssue::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3L, "TIME"),
        org.assertj.core.groups.Tuple.tuple(4L, "DV"),
        org.assertj.core.groups.Tuple.tuple(5L, "DV"),
        org.assertj.core.groups.Tuple.tuple(6L, "RATE"),
        org.assertj.core.groups.Tuple.tuple(7L, "II"),
        org.assertj.core.groups.Tuple.tuple(8L, "EVID"),
        org.assertj.core.groups.Tuple.tuple(9L, "CMT"),
        org.assertj.core.groups.Tuple.tuple(10L, "WT"),
        org.assertj.core.groups.Tuple.tuple(11L, ""));
    assertThat(data.issues().get(0).describe())
        .startsWith("data.csv line 3, column TIME: ").contains("clock time");
    assertThat(data.issues().get(2).message()).contains("Maybe MDV should be 1?");
    SubjectData s = data.subjects().get(0);
    assertThat(s.doses().doses()).containsExactly(OralDose.of(0, 100));
    assertThat(s.measurements()).extracting(Measurement::time).containsExactly(10.0);
    assertThat(data.recordsRead()).isEqualTo(11);
    assertThat(data.recordsAccepted() + data.issues().size()).isEqualTo(data.recordsRead());
  }

  @Test
  void belowQuantificationSamplesCarryTheirLimit() throws Exception {
    NonmemDataset data = read(iv, """
        #ID,TIME,AMT,DV,MDV,BLQ,LLOQ
        # a comment line
        1,0,500,.,1,0,.
        1,24,.,.,0,1,0.5
        1,30,.,0.2,0,1,.
        """);
    assertThat(data.issues()).isEmpty();
    assertThat(data.subjects().get(0).measurements())
        .extracting(Measurement::belowLoq, Measurement::lloq)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, 0.5),
            org.assertj.core.groups.Tuple.tuple(true, 0.2));
  }

  @Test
  void rejectsFilesWithoutUsableHeader() {
    assertThatThrownBy(() -> read(oral, "")).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("data.csv is empty");
    assertThatThrownBy(() -> read(oral, "1,0,100\n")).hasMessageContaining("no ID column");
    assertThatThrownBy(() -> read(oral, "ID,TIME,DV,DV\n")).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> oral.read(Path.of("no-such-file.csv")))
        .hasMessageContaining("does not exist");
  }

  @Test
  void survivesHostileInput(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("ID,TIME,AMT,DV\n");
    text.append("1,0,100,.\n");
    text.append("x".repeat(NonmemCsvReader.MAX_LINE + 10)).append('\n');
    text.append("1,1,.,NaN\n");
    text.append("1,2,.,1e999\n");
    text.append("\u0000,\u0000,\u0000,\u0000\n");
    text.append("1,3,.,5.5\r\n");
    Path file = dir.resolve("hostile.csv");
    Files.writeString(file, text);
    NonmemDataset data = iv.read(file);
    assertThat(data.issues()).extracting(DataIssue::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(data.subjects().get(0).measurements()).extracting(Measurement::value)
        .containsExactly(5.5);
  }

  @Test
  void readsManySubjectsStreaming() throws Exception {
    StringBuilder text = new StringBuilder("ID,TIME,AMT,DV\n");
    for (int id = 0; id < 20_000; id++) {
      text.append(id).append(",0,100,.\n").append(id).append(",2,.,3.5\n");
    }
    NonmemDataset data = iv.read(new StringReader(text.toString()), "big.csv");
    assertThat(data.subjects()).hasSize(20_000);
    assertThat(data.issues()).isEmpty();
  }
}
