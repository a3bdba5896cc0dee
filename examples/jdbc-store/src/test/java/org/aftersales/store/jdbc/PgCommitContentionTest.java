package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;

/** Units of work committing under contention on PostgreSQL. */
class PgCommitContentionTest extends CommitContentionContract {

    @Override
    Storage.Builder storage() {
        return TestDatabases.pg();
    }
}
