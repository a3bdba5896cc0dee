package org.aftersales.store.jdbc;

/** {@link LogFollowerContract} on in-memory H2, where the follower reads again every 50 ms. */
class H2LogFollowerTest extends LogFollowerContract {

    @Override
    JdbcStoreConfig.Builder database() {
        return TestDatabases.h2Config();
    }
}
