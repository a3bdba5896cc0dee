package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;

/** Units of work committing under contention on in-memory H2. */
class H2CommitContentionTest extends CommitContentionContract {

    @Override
    Storage.Builder storage() {
        return TestDatabases.h2();
    }
}
