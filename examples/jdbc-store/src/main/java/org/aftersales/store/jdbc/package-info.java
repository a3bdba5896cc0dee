/**
 * The JDBC store (C7, E5): {@link org.aftersales.store.jdbc.JdbcStorageProvider}, its settings
 * ({@link org.aftersales.store.jdbc.JdbcStoreConfig}) and a follower of the event log for
 * other processes ({@link org.aftersales.store.jdbc.JdbcLogFollower}). Everything else is package-private.
 *
 * <h2>Layout in the database</h2>
 * <ul>
 *   <li>One table per aggregate type, {@code as_<type name>}: {@code id}, {@code version} (for
 *       {@code UPDATE ... WHERE version = ?}), {@code snapshot} (JSON from the hardened mapper;
 *       {@code jsonb} on PostgreSQL) and one column {@code ix_<index name>} with a database index
 *       per declared index. Created on the first use of the type.</li>
 *   <li>{@code aftersales_counter}: one row per sequence and period, updated inside the unit of
 *       work, so a rollback gives the number back and other takers wait for the row.</li>
 *   <li>{@code aftersales_outbox}: the event log, one row per event with its gap-free position
 *       and stable event name, written in the same transaction as the change.</li>
 *   <li>{@code aftersales_type}, {@code aftersales_log_head} and Flyway's history table.</li>
 * </ul>
 *
 * <p>Failures other than a stale version are core's
 * {@link org.aftersales.core.error.StorageException}, with the codes listed on
 * {@link org.aftersales.store.jdbc.JdbcStorageProvider} and a message in English and Chinese.
 *
 * <p>Depends on core's {@code store}, {@code store.spi}, {@code json}, {@code error} and
 * {@code i18n} packages, JDBC, HikariCP and Flyway; never on a core {@code internal} package.
 */
package org.aftersales.store.jdbc;
