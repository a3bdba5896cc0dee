package org.aftersales.store.jdbc;

/**
 * {@link StoreReliabilityContract} on in-memory H2: the stores of one test share one named
 * database, which lives while any of their pools holds a connection.
 */
class H2StoreReliabilityTest extends StoreReliabilityContract {

    @Override
    JdbcStoreConfig.Builder database() {
        return TestDatabases.h2Config();
    }
}
