package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.Test;

/**
 * The store is found without code: by {@code provides} on the module path and by
 * {@code META-INF/services} on the class path (this class runs on both), chosen over the
 * in-memory default, and configured by properties.
 */
class DiscoveryTest {

    @Test
    void C7_isDiscoveredBeforeTheInMemoryStoreAndConfiguredByProperties() {
        String url = TestDatabases.h2Config().build().url();
        try (Storage storage = Storage.builder().property("aftersales.store.url", url)
                .property("aftersales.store.schema", "dealer").build()) {
            assertThat(storage.providerId()).isEqualTo("jdbc");
            storage.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            assertThat(storage.repository(Account.TYPE).get(CustomerId.of("ann")).version()).isEqualTo(1);
        }
    }

    @Test
    void C8_aDatabaseThatCannotBeReachedWhenOpeningIsAPluginFailureNamingTheStore() {
        assertThatThrownBy(() -> Storage.builder().providerId("jdbc")
                .property("aftersales.store.url", "jdbc:postgresql://127.0.0.1:1/nowhere")
                .property("aftersales.store.connectionTimeout", "500").build())
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("jdbc");
                    assertThat(e.getCause()).isInstanceOfSatisfying(StorageException.class, cause -> {
                        assertThat(cause.code()).isEqualTo(JdbcStorageProvider.UNAVAILABLE);
                        assertThat(cause.text().en()).contains("cannot be reached", "127.0.0.1:1");
                        assertThat(cause.text().zh()).contains("无法连接数据库");
                    });
                });
    }

    @Test
    void onTheModulePathExportsOnlyItsApiAndProvidesTheStore() {
        Module module = JdbcStorageProvider.class.getModule();
        if (!module.isNamed()) {
            return; // the class-path run: nothing to describe
        }
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.name()).isEqualTo("org.aftersales.store.jdbc");
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .isEqualTo(Set.of("org.aftersales.store.jdbc"));
        assertThat(descriptor.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.aftersales.core.store.spi.StorageProvider");
            assertThat(p.providers()).containsExactly(JdbcStorageProvider.class.getName());
        });
    }
}
