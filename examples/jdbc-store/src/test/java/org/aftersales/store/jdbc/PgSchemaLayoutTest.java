package org.aftersales.store.jdbc;

/** {@link SchemaLayoutContract} on PostgreSQL: snapshots and payloads are {@code jsonb}. */
class PgSchemaLayoutTest extends SchemaLayoutContract {

    @Override
    JdbcStoreConfig.Builder database() {
        return TestDatabases.pgConfig();
    }

    @Override
    String jsonTypeName() {
        return "jsonb";
    }

    @Override
    String folded(String name) {
        return name;
    }

    @Override
    void dropDatabase(JdbcStoreConfig config) {
        TestDatabases.admin("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
    }
}
