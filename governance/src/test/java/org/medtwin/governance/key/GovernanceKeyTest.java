package org.medtwin.governance.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceKeyTest {

  @TempDir Path tempDir;

  /** RFC 4231 section 4.7, test case 6: a 131-byte key of 0xaa. */
  @Test
  void computesHmacSha256AsRfc4231TestCase6() {
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);

    byte[] mac =
        GovernanceKey.of(key, "test")
            .hmac("Test Using Larger Than Block-Size Key - Hash Key First");

    assertThat(HexFormat.of().formatHex(mac))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  /** RFC 4231 section 4.8, test case 7. */
  @Test
  void computesHmacSha256AsRfc4231TestCase7() {
    byte[] key = new byte[131];
    Arrays.fill(key, (byte) 0xaa);
    String data =
        "This is a test using a larger than block-size key and a larger than block-size data."
            + " The key needs to be hashed before being used by the HMAC algorithm.";

    assertThat(HexFormat.of().formatHex(GovernanceKey.of(key, "test").hmac(data)))
        .isEqualTo("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
  }

  @Test
  void refusesAShortKey_withoutShowingIt() {
    assertThatThrownBy(() -> GovernanceKey.load(null, "K", Map.of("K", "secret-but-short")))
        .isInstanceOf(KeyException.class)
        .hasMessageContaining("16 bytes")
        .hasMessageNotContaining("secret-but-short");
  }

  @Test
  void refusesToRunWithoutAKey_namingTheVariable() {
    assertThatThrownBy(() -> GovernanceKey.load(null, "MEDTWIN_PSEUDONYM_KEY", Map.of()))
        .hasMessageContaining("MEDTWIN_PSEUDONYM_KEY");
  }

  @Test
  void readsAKeyFile_beforeTheEnvironment() throws Exception {
    Path file = tempDir.resolve("pseudonym.key");
    Files.writeString(file, "f".repeat(40) + "\n", StandardCharsets.UTF_8);

    GovernanceKey fromFile = GovernanceKey.load(file, "K", Map.of("K", "e".repeat(40)));

    assertThat(fromFile).isEqualTo(GovernanceKey.of("f".repeat(40).getBytes(StandardCharsets.UTF_8), "x"));
    assertThat(fromFile.toString()).doesNotContain("ffff");
  }

  @Test
  void refusesAKeyFileInsideTheOutput() {
    Path out = tempDir.resolve("extract");

    assertThatThrownBy(() -> GovernanceKey.requireOutside(out.resolve("k.key"), out))
        .hasMessageContaining("would leave with the data");
    GovernanceKey.requireOutside(tempDir.resolve("k.key"), out);
  }
}
