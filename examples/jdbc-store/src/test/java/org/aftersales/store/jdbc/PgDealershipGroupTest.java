package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A dealership group on one PostgreSQL server (E5): each dealership in its own schema, owned by
 * its own role, which PostgreSQL itself stops from reading any other dealership's schema; a
 * group role reads every dealership for group reports and writes none.
 */
@Timeout(60)
class PgDealershipGroupTest {

    private final String run = "g" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
    private final String north = "north_" + run;
    private final String south = "south_" + run;
    private final String group = "group_" + run;
    private final List<Storage> opened = new ArrayList<>();

    @BeforeEach
    void provision() {
        // What a group's administrator runs once per dealership (see the module README).
        for (String dealership : List.of(north, south)) {
            TestDatabases.admin(
                    "CREATE ROLE " + dealership + " LOGIN PASSWORD 'secret-" + dealership + "'",
                    "CREATE SCHEMA " + dealership + " AUTHORIZATION " + dealership,
                    "REVOKE ALL ON SCHEMA " + dealership + " FROM PUBLIC");
        }
        TestDatabases.admin("CREATE ROLE " + group + " LOGIN PASSWORD 'secret-" + group + "'");
        for (String dealership : List.of(north, south)) {
            TestDatabases.admin(
                    "GRANT USAGE ON SCHEMA " + dealership + " TO " + group,
                    "ALTER DEFAULT PRIVILEGES FOR ROLE " + dealership + " IN SCHEMA " + dealership
                            + " GRANT SELECT ON TABLES TO " + group);
        }
    }

    @AfterEach
    void dropEverything() {
        opened.forEach(Storage::close);
        TestDatabases.admin("DROP SCHEMA IF EXISTS " + north + " CASCADE", "DROP SCHEMA IF EXISTS " + south + " CASCADE",
                "DROP OWNED BY " + group, "DROP ROLE IF EXISTS " + group,
                "DROP ROLE IF EXISTS " + north, "DROP ROLE IF EXISTS " + south);
    }

    private Storage open(String role, String schema, boolean migrate) {
        Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(JdbcStoreConfig.builder()
                .url(TestDatabases.pgUrl()).user(role).password("secret-" + role)
                .schema(schema).migrate(migrate).poolSize(2).build())).build();
        opened.add(storage);
        return storage;
    }

    private Storage dealership(String role) {
        return open(role, role, true);
    }

    @Test
    void E5_eachDealershipKeepsItsOwnDataInItsOwnSchema() {
        dealership(north).repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        dealership(south).repository(Account.TYPE).save(Account.open("ann", "silver"), Versioned.NEW);

        assertThat(dealership(north).repository(Account.TYPE).get(CustomerId.of("ann")).value().tier()).isEqualTo("gold");
        assertThat(dealership(south).repository(Account.TYPE).get(CustomerId.of("ann")).value().tier()).isEqualTo("silver");
    }

    @Test
    void E5_aDealershipsRoleIsRefusedByPostgresqlWhenItReadsAnotherDealershipsTable() throws SQLException {
        dealership(north).repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        dealership(south).repository(Account.TYPE);

        try (Connection asSouth = DriverManager.getConnection(TestDatabases.pgUrl(), south, "secret-" + south);
                Statement st = asSouth.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT snapshot FROM " + north + ".as_kit_account"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).as("insufficient_privilege").isEqualTo("42501");
                        assertThat(e.getMessage()).contains("permission denied", north);
                    });
        }
        // nor can the store be pointed at the other dealership's schema with this role
        assertThatThrownBy(() -> open(south, north, true).repository(Account.TYPE).find(CustomerId.of("ann")))
                .satisfies(e -> assertThat(e).isInstanceOfAny(PluginFailureException.class, StorageException.class))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void E5_theGroupRoleReadsEveryDealershipAndWritesNone() {
        dealership(north).repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        dealership(south).repository(Account.TYPE).save(Account.open("bob", "silver"), Versioned.NEW);

        Storage groupNorth = open(group, north, false);
        Storage groupSouth = open(group, south, false);
        assertThat(groupNorth.repository(Account.TYPE).get(CustomerId.of("ann")).value().tier()).isEqualTo("gold");
        assertThat(groupSouth.repository(Account.TYPE).get(CustomerId.of("bob")).value().tier()).isEqualTo("silver");

        assertThatThrownBy(() -> groupNorth.repository(Account.TYPE).save(Account.open("cyd", "gold"), Versioned.NEW))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo(JdbcStorageProvider.FAILED);
                    assertThat(e.text().en()).contains("42501", "Nothing of this operation was stored");
                    assertThat(e.text().zh()).contains("42501", "未保存");
                });
        assertThat(dealership(north).repository(Account.TYPE).find(CustomerId.of("cyd"))).isEmpty();
    }
}
