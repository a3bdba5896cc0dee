/**
 * The JDBC store of aftersales (C7, E5): a {@link org.aftersales.core.store.spi.StorageProvider}
 * with id {@code jdbc} over embedded H2 (the zero-setup default) or PostgreSQL (chosen by URL),
 * with Flyway migrations and a HikariCP pool. Exports its configuration and exception only; the
 * engine is package-private.
 */
module org.aftersales.store.jdbc {
    requires transitive org.aftersales.core;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    // Drivers and Flyway's PostgreSQL support are found at run time (java.sql.Driver and
    // Flyway's plugin ServiceLoader); they are required so that they resolve with the store.
    requires flyway.database.postgresql;
    requires com.h2database;
    requires org.postgresql.jdbc;

    exports org.aftersales.store.jdbc;

    provides org.aftersales.core.store.spi.StorageProvider with org.aftersales.store.jdbc.JdbcStorageProvider;
}
