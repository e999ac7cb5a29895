package org.medtwin.twin.glucose.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CgmTraceTest {

  @Test
  void keepsGoodRowsAndNamesEachBadOne() throws Exception {
    CgmTrace trace = CgmTrace.read(new StringReader(
        "minute,cgm_mg_dl\n0,140\n5,\n10,6.9\n10,150\n3,150\n-5,150\n20,155\n25\n"), "cgm.csv");
    assertThat(trace.readings()).extracting(CgmReading::minute).containsExactly(0, 10, 20);
    assertThat(trace.problems()).hasSize(5);
    assertThat(trace.problems().get(0)).contains("cgm.csv line 3");
    assertThat(trace.problems().get(1)).contains("line 4").contains("mmol/L");
    assertThat(trace.problems().get(2)).contains("line 6").contains("time order");
    assertThat(trace.problems().get(3)).contains("line 7").contains("negative");
    assertThat(trace.problems().get(4)).contains("line 9").contains("two values");
  }

  @Test
  void rejectsAFileWithoutTheHeader() {
    assertThatThrownBy(() -> CgmTrace.read(new StringReader("time,value\n0,140\n"), "x.csv"))
        .hasMessageContaining("minute,cgm_mg_dl");
  }
}
