package org.medtwin.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreLocationTest {

  @Test
  void aPathIsADuckDbFile_andAPostgresUrlIsAServer() {
    assertThat(StoreLocation.parse("data/x.duckdb").dialect()).isEqualTo(Dialect.DUCKDB);
    assertThat(StoreLocation.parse("data/x.duckdb").jdbcUrl()).startsWith("jdbc:duckdb:/").endsWith("data/x.duckdb");
    assertThat(StoreLocation.parse("jdbc:postgresql://db/medtwin").dialect()).isEqualTo(Dialect.POSTGRESQL);
  }

  @Test
  void neverShowsAPassword() {
    assertThat(StoreLocation.parse("jdbc:postgresql://db/m?user=u&password=s3cret&ssl=true").toString())
        .isEqualTo("jdbc:postgresql://db/m?user=u&password=***&ssl=true");
    assertThat(StoreLocation.parse("jdbc:postgresql://u:s3cret@db/m").redacted())
        .isEqualTo("jdbc:postgresql://u:***@db/m");
  }

  @Test
  void refusesAnUnsupportedDatabase_sayingWhatWorks() {
    assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/m?password=x").dialect())
        .hasMessageContaining("does not support")
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageNotContaining("password=x");
  }
}
