package org.aftersales.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Savepoint;
import java.time.Duration;

/** What differs between H2 and PostgreSQL: column types, one upsert, lock settings and error codes. */
enum Dialect {

    H2("h2", "CHARACTER LARGE OBJECT", "?", "CHARACTER VARYING") {
        @Override
        String lockTimeoutSql(Duration timeout) {
            return "SET LOCK_TIMEOUT " + timeout.toMillis();
        }

        @Override
        boolean ensureCounter(Connection c, String table, String sequence, int period) throws SQLException {
            // H2 has no ON CONFLICT outside its PostgreSQL mode: insert behind a savepoint and
            // treat a duplicate (committed by another unit) as "already there".
            Savepoint sp = c.getAutoCommit() ? null : c.setSavepoint();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (sequence_name, period_no, counter_value) VALUES (?, ?, 0)")) {
                ps.setString(1, sequence);
                ps.setInt(2, period);
                ps.executeUpdate();
                if (sp != null) {
                    c.releaseSavepoint(sp);
                }
                return true;
            } catch (SQLException e) {
                if (sp != null) {
                    c.rollback(sp);
                }
                if (isDuplicate(e)) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        String updateReturning(String table, String set, String where, String column) {
            return "SELECT " + column + " FROM FINAL TABLE (UPDATE " + table + " SET " + set + " WHERE " + where + ")";
        }

        @Override
        boolean isBusy(SQLException e) {
            // LOCK_TIMEOUT_1, DEADLOCK_1
            int code = e.getErrorCode();
            return code == 50200 || code == 40001;
        }
    },

    POSTGRESQL("postgresql", "JSONB", "CAST(? AS JSONB)", "TEXT COLLATE \"C\"") {
        @Override
        String lockTimeoutSql(Duration timeout) {
            return "SET lock_timeout = " + timeout.toMillis();
        }

        @Override
        boolean ensureCounter(Connection c, String table, String sequence, int period) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                    + " (sequence_name, period_no, counter_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")) {
                ps.setString(1, sequence);
                ps.setInt(2, period);
                return ps.executeUpdate() == 1;
            }
        }

        @Override
        String updateReturning(String table, String set, String where, String column) {
            return "UPDATE " + table + " SET " + set + " WHERE " + where + " RETURNING " + column;
        }

        @Override
        boolean isBusy(SQLException e) {
            String state = e.getSQLState();
            return "55P03".equals(state) || "40P01".equals(state) || "40001".equals(state);
        }
    };

    private final String vendor;
    private final String jsonType;
    private final String jsonParameter;
    private final String keyType;

    Dialect(String vendor, String jsonType, String jsonParameter, String keyType) {
        this.vendor = vendor;
        this.jsonType = jsonType;
        this.jsonParameter = jsonParameter;
        this.keyType = keyType;
    }

    static Dialect of(String url) {
        return url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    /** @return the folder of this database's migrations */
    String vendor() {
        return vendor;
    }

    /** @return the column type of JSON documents */
    String jsonType() {
        return jsonType;
    }

    /** @return the placeholder of a JSON parameter set as a string */
    String jsonParameter() {
        return jsonParameter;
    }

    /** @return the column type of ids and index keys, compared in code point order */
    String keyType() {
        return keyType;
    }

    /** @return the statement that sets how long a statement waits for a row lock */
    abstract String lockTimeoutSql(Duration timeout);

    /**
     * Makes sure a counter row exists, waiting for another unit of work that is creating it.
     *
     * @return true when this call inserted it (visible to others once committed)
     */
    abstract boolean ensureCounter(Connection c, String table, String sequence, int period) throws SQLException;

    /** @return a query that updates one row and returns a column's new value */
    abstract String updateReturning(String table, String set, String where, String column);

    /** @return true when a row stayed locked too long, or the database broke a deadlock */
    abstract boolean isBusy(SQLException e);

    /** @return true when another unit changed the row first (H2 reports it instead of re-reading) */
    static boolean isConcurrentUpdate(SQLException e) {
        return e.getErrorCode() == 90131 && "90131".equals(e.getSQLState());
    }

    /** @return true for a unique key violation */
    static boolean isDuplicate(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** @return true when the failure is the connection's, not the statement's */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
