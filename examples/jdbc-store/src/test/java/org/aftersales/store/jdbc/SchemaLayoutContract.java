package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the store leaves in the database, as the module README describes it: a table per
 * aggregate type with its version, its JSON snapshot and one indexed column per declared index,
 * and outbox rows with the stable event name.
 */
abstract class SchemaLayoutContract {

    abstract JdbcStoreConfig.Builder database();

    /** @return the snapshot column's type name as the database reports it */
    abstract String jsonTypeName();

    /** @return a name as the database stores an unquoted identifier */
    abstract String folded(String name);

    void dropDatabase(JdbcStoreConfig config) {
    }

    private JdbcStoreConfig config;
    private Storage storage;

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
            dropDatabase(config);
        }
    }

    @Test
    void C7_aTablePerTypeWithVersionJsonSnapshotAndAnIndexedColumnPerDeclaredIndex() throws Exception {
        config = database().build();
        storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        storage.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), TestDatabases.pgPasswordOr(config))) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, String> columns = new HashMap<>();
            try (ResultSet rs = meta.getColumns(null, folded(config.schema()), folded("as_kit_account"), null)) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(columns).containsOnlyKeys("id", "version", "snapshot", "ix_tier", "ix_due");
            assertThat(columns.get("snapshot")).isEqualTo(jsonTypeName());
            Set<String> indexed = new HashSet<>();
            try (ResultSet rs = meta.getIndexInfo(null, folded(config.schema()), folded("as_kit_account"), false, false)) {
                while (rs.next()) {
                    if (rs.getInt("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                        indexed.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertThat(indexed).as("a database index leads with each index column").contains("id", "ix_tier", "ix_due");
        }
    }

    @Test
    void C11_anOutboxRowCarriesTheStableNameStreamCorrelationAndJsonPayload() throws Exception {
        config = database().build();
        storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        storage.run(work -> work.publish(Noted.of("checked-in")));
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), TestDatabases.pgPasswordOr(config));
                PreparedStatement ps = c.prepareStatement("SELECT log_position, event_id, event_type, event_stream,"
                        + " correlation_id, payload FROM " + config.schema() + ".aftersales_outbox");
                ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("ev-checked-in");
            assertThat(rs.getString(3)).isEqualTo("Noted");
            assertThat(rs.getString(4)).isEqualTo("Noted");
            assertThat(rs.getString(5)).isEqualTo("kit");
            assertThat(rs.getString(6)).contains("\"note\"", "checked-in");
            assertThat(rs.next()).isFalse();
        }
    }
}
