package org.medtwin.fusion.link.febrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medtwin.fusion.link.standardize.PersonRecord;
import org.medtwin.fusion.link.standardize.RecordKey;
import org.medtwin.fusion.link.standardize.Standardizer;

class FebrlDatasetTest {

  private static final String HEADER = "rec_id, given_name, surname, street_number, address_1, "
      + "address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

  @Test
  void read_trimsTheSpaceAfterEachComma_keepsLeadingZeros_andReadsCrlf(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("mini.csv");
    Files.writeString(file, HEADER + "\r\n"
        + "rec-7-dup-0, mitchell, green, 7, wallaby pl, delmar, cleveland, 0119, sa, 19560409, 0804974\r\n"
        + "rec-7-org, , green, , , , , 2119, , , 1804974");

    FebrlDataset data = FebrlDataset.read(file, "f", Standardizer.standard("61"));

    PersonRecord dup = data.records().get(0);
    assertThat(dup.names().get(0).given()).isEqualTo("mitchell");
    assertThat(dup.addresses().get(0).street()).isEqualTo("wallaby place");
    assertThat(dup.addresses().get(0).postcode()).isEqualTo("0119");
    assertThat(dup.identifiers().get(0).value()).isEqualTo("0804974");
    assertThat(data.records().get(1).names().get(0).given()).isNull();
    assertThat(data.records().get(1).birthDate()).isNull();
    assertThat(data.truth()).containsEntry(new RecordKey("f", "rec-7-dup-0"), "rec-7")
        .containsEntry(new RecordKey("f", "rec-7-org"), "rec-7");
  }

  @Test
  void read_namesTheLine_whenARowIsNotFebrl(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, HEADER + "\nrec-1-org, only, three\n");
    assertThatThrownBy(() -> FebrlDataset.read(file, "f", Standardizer.standard("61")))
        .hasMessageContaining("bad.csv line 2");
  }
}
