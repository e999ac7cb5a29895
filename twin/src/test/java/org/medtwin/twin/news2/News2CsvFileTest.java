package org.medtwin.twin.news2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class News2CsvFileTest {

  private static final String HEADER = "resp_rate,spo2,spo2_scale,on_oxygen,systolic_bp,pulse,consciousness,temperature";

  private final News2CsvFile csv = new News2CsvFile(News2Scorer.rcp2017());

  private String[] score(String input) {
    StringWriter out = new StringWriter();
    csv.score(new StringReader(input), out, "vitals.csv");
    return out.toString().split("\n");
  }

  @Test
  void scoredRow_keepsItsColumnsAndAddsSubScoresTotalAndRisk() {
    // RR 21 (2), SpO2 95 scale 1 (1), oxygen (2), SBP 105 (1), pulse 112 (2), C (3), 38.5 (1) = 12, high.
    String[] lines = score(HEADER + "\n21,95,1,true,105,112,C,38.5\n");
    assertThat(lines[0]).isEqualTo(HEADER + ",score_resp_rate,score_spo2,score_air_oxygen,score_systolic_bp,"
        + "score_pulse,score_consciousness,score_temperature,news2_total,clinical_risk,error");
    assertThat(lines[1]).isEqualTo("21,95,1,true,105,112,C,38.5,2,1,2,1,2,3,1,12,HIGH,");
  }

  @Test
  void invalidRows_getAnErrorInsteadOfAScore_andTheRestGoesThrough() {
    String[] lines = score(HEADER + "\n"
        + "16,140,1,false,120,-3,A,37.0\n"
        + "16,97,3,maybe,120,70,X,37,0\n"
        + "16,97,1,false,120,70,A,37.0\n"
        + "abc,,1,false,120,70,A,37.0\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[1]).contains("line 2").contains("spo2 140").contains("pulse -3").doesNotContain(",LOW");
    assertThat(lines[2]).contains("spo2_scale '3'").contains("on_oxygen 'maybe'").contains("consciousness 'X'");
    assertThat(lines[3]).endsWith(",0,0,0,0,0,0,0,0,LOW,");
    assertThat(lines[4]).contains("resp_rate 'abc' is not a number").contains("spo2 is missing");
  }

  @Test
  void scale2OnOxygen_andConsciousnessLettersAreCaseInsensitive() {
    // Scale 2, SpO2 97 on oxygen: 3 + 2 for oxygen; 'a' = alert.
    String[] lines = score(HEADER + "\n16,97,2,TRUE,120,70,a,37.0\n");
    assertThat(lines[1]).endsWith(",0,3,2,0,0,0,0,5,MEDIUM,");
  }

  @Test
  void missingColumns_stopTheFileWithTheirNames() {
    assertThatThrownBy(() -> score("resp_rate,spo2\n16,97\n"))
        .isInstanceOf(News2CsvException.class).hasMessageContaining("vitals.csv")
        .hasMessageContaining("spo2_scale").hasMessageContaining("temperature");
  }

  @Test
  void emptyFile_isAMissingHeader_notAStackTrace() {
    assertThatThrownBy(() -> score("")).isInstanceOf(News2CsvException.class).hasMessageContaining("lacks");
  }

  @Test
  void hostileCells_quotesNewlinesAndFormulas_areEchoedQuotedAndRejected() {
    String[] lines = score(HEADER + "\n\"=cmd|' /C calc'!A0\",97,1,false,120,70,\"A\nB\",37\n");
    String output = String.join("\n", lines);
    assertThat(output).contains("is not a number").contains("consciousness");
    assertThat(output).doesNotContain(",LOW,");
  }

  @Test
  void decimalComma_getsAHint() {
    String[] lines = score(HEADER + "\n16,97,1,false,120,70,A,\"37,5\"\n");
    assertThat(lines[1]).contains("decimal comma");
  }

  @Test
  void hundredThousandRows_streamThrough() {
    StringBuilder input = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 100_000; i++) {
      input.append(12 + i % 10).append(",96,1,false,120,70,A,37.0\n");
    }
    StringWriter out = new StringWriter();
    News2CsvFile.Summary summary = csv.score(new StringReader(input.toString()), out, "big.csv");
    assertThat(summary).isEqualTo(new News2CsvFile.Summary(100_000, 100_000, 0));
    assertThat(List.of(out.toString().split("\n"))).hasSize(100_001);
  }
}
