package org.aftersales.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/** {@link StoreReliabilityContract} on PostgreSQL (skipped without AFTERSALES_TEST_PG_URL, failing under CI=true). */
class PgStoreReliabilityTest extends StoreReliabilityContract {

    private final List<String> schemas = new ArrayList<>();

    @Override
    JdbcStoreConfig.Builder database() {
        JdbcStoreConfig.Builder b = TestDatabases.pgConfig();
        schemas.add(b.build().schema());
        return b;
    }

    @Override
    void dropDatabase() {
        for (String schema : schemas) {
            TestDatabases.admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
