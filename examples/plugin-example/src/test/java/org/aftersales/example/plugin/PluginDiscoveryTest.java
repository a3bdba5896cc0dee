package org.aftersales.example.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor.Provides;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.Test;

/**
 * C8: a plugin in its own module is found with {@link java.util.ServiceLoader} — through
 * {@code provides} when the tests run on the module path, through {@code META-INF/services}
 * when they run on the class path (the build runs both).
 */
class PluginDiscoveryTest {

    private static final boolean MODULE_PATH = "module".equals(System.getProperty("plugin.example.path", "module"));

    @Test
    void C8_theHostFindsThePluginOfAnotherModule() {
        PluginHost<EventSubscriber> host = PluginHost.builder(EventSubscriber.class).build();
        assertThat(host.ids()).contains(AuditTrail.ID);
        assertThat(host.find(AuditTrail.ID)).get().isInstanceOf(AuditTrail.class);
        Module module = AuditTrail.class.getModule();
        assertThat(module.isNamed()).as("runs on the %s path", MODULE_PATH ? "module" : "class").isEqualTo(MODULE_PATH);
        if (MODULE_PATH) {
            assertThat(module.getName()).isEqualTo("org.aftersales.example.plugin");
            assertThat(module.getDescriptor().provides()).extracting(Provides::service)
                    .containsExactlyInAnyOrder(EventSubscriber.class.getName(), Greeter.class.getName(),
                            "org.aftersales.inventory.spi.PlacementRule", "org.aftersales.core.scoring.spi.ItemDerivation");
        }
    }

    @Test
    void C8_theHostFindsPluginsOfATypeDeclaredOutsideCore() {
        PluginHost<Greeter> greeters = PluginHost.builder(Greeter.class).build();
        assertThat(greeters.ids()).containsExactly("polite");
        assertThat(greeters.map(g -> g.greet("Li"))).containsExactly("Welcome back, Li / Li，欢迎回来");
    }

    @Test
    void C8_aStorageBuiltWithSubscriberDiscoveryDeliversToThePlugin() {
        try (Storage storage = Storage.builder().discovery(false).discoverSubscribers().build()) {
            assertThat(storage.events().subscriberIds()).containsExactly(AuditTrail.ID);
        }
        AuditTrail trail = (AuditTrail) PluginHost.builder(EventSubscriber.class).build().find(AuditTrail.ID).orElseThrow();
        try (Storage storage = Storage.builder().discovery(false).subscriber(trail).build()) {
            storage.run(work -> work.publish(Noted.of("received")));
            assertThat(trail.lines()).containsExactly("1 Noted by system:storekit");
        }
    }

    @Test
    void aProviderThatCannotBeLoadedIsReportedByItsType() {
        assertThatThrownBy(() -> PluginHost.builder(BrokenGreeterType.class).build())
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo(BrokenGreeterType.class.getName());
                    assertThat(e.getCause()).isInstanceOf(java.util.ServiceConfigurationError.class);
                    assertThat(e.text().en()).contains("NoSuchGreeter");
                });
    }

    @Test
    void withoutSubscriberDiscoveryNothingIsRegistered() {
        try (Storage storage = Storage.builder().discovery(false).build()) {
            assertThat(storage.events().subscriberIds()).isEmpty();
        }
        assertThat(PluginHost.builder(EventSubscriber.class).discovery(false).build().plugins()).isEmpty();
    }
}
