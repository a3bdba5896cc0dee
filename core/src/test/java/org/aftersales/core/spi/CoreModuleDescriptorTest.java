package org.aftersales.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import org.junit.jupiter.api.Test;

/** The storage and plugin lines of core's module descriptor. */
class CoreModuleDescriptorTest {

    private final ModuleDescriptor core = StorageProvider.class.getModule().getDescriptor();

    @Test
    void exportsTheStoreApiAndSpiButNotTheInMemoryStore() {
        assertThat(core.exports()).filteredOn(e -> !e.isQualified()).extracting(Exports::source)
                .contains("org.aftersales.core.spi", "org.aftersales.core.store", "org.aftersales.core.plugin")
                .doesNotContain("org.aftersales.core.internal.store", "org.aftersales.core.storekit");
    }

    @Test
    void usesWhatItLooksUpAndProvidesTheInMemoryDefault() {
        assertThat(core.uses()).contains(StorageProvider.class.getName(), EventSubscriber.class.getName());
        assertThat(core.provides()).filteredOn(p -> p.service().equals(StorageProvider.class.getName()))
                .flatExtracting(Provides::providers)
                .containsExactly("org.aftersales.core.internal.store.InMemoryStorageProvider");
    }
}
