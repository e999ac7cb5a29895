package org.medtwin.store.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medtwin.store.Dialect;
import org.medtwin.store.PatientStore;
import org.medtwin.store.schema.SchemaMigrations;
import org.medtwin.store.testing.TestStores;

class TableDescriptionsIT {

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyTableDescriptionMatchesTheMigratedSchema_columnForColumn(Dialect dialect) throws Exception {
    try (PatientStore store = PatientStore.open(TestStores.fresh(dialect, tempDir))) {
      for (Table table : Stream.concat(FactTables.ALL.stream(), Stream.of(
          LedgerTables.SOURCE_RECORD, LedgerTables.QUARANTINE, LedgerTables.UNMODELED_RESOURCE,
          LedgerTables.UNMAPPED_CODE)).toList()) {
        assertThat(columnsOf(store, table.name()))
            .as(table.name())
            .containsExactlyElementsOf(table.columns().stream().map(Column::name).toList());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void opensAnExistingStoreWithoutMigratingItAgain(Dialect dialect) throws Exception {
    var location = TestStores.fresh(dialect, tempDir);
    try (PatientStore store = PatientStore.open(location)) {
      assertThat(store.count("schema_version")).isEqualTo(SchemaMigrations.migrationCount());
    }
    try (PatientStore store = PatientStore.open(location)) {
      assertThat(store.count("schema_version")).isEqualTo(SchemaMigrations.migrationCount());
    }
  }

  private static List<String> columnsOf(PatientStore store, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        columns.add(rows.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return columns;
  }
}
