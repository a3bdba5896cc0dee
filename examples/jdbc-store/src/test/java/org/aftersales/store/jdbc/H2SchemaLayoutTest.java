package org.aftersales.store.jdbc;

import java.util.Locale;

/** {@link SchemaLayoutContract} on in-memory H2. */
class H2SchemaLayoutTest extends SchemaLayoutContract {

    @Override
    JdbcStoreConfig.Builder database() {
        return TestDatabases.h2Config();
    }

    @Override
    String jsonTypeName() {
        return "character large object";
    }

    @Override
    String folded(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
