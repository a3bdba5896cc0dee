package org.aftersales.store.jdbc;

/** {@link LogFollowerContract} on PostgreSQL, where LISTEN/NOTIFY wakes the follower. */
class PgLogFollowerTest extends LogFollowerContract {

    @Override
    JdbcStoreConfig.Builder database() {
        return TestDatabases.pgConfig();
    }

    @Override
    void dropDatabase(JdbcStoreConfig config) {
        TestDatabases.admin("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
    }
}
