package org.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API and SPI only, looks up placement rules and transfer sources,
 * provides the core parts-supply port and no placement rule (the built-in rules are registered
 * by hand), and keeps Guava out of its API.
 */
class ModuleDescriptorTest {

    @Test
    void exportsApiAndSpiButNotInternal() {
        ModuleDescriptor d = PlacementEngine.class.getModule().getDescriptor();
        assertThat(d).as("tests run on the module path").isNotNull();
        assertThat(d.name()).isEqualTo("org.aftersales.inventory");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.aftersales.inventory", "org.aftersales.inventory.spi",
                        "org.aftersales.inventory.operations", "org.aftersales.inventory.operations.spi");
        assertThat(d.uses()).containsExactlyInAnyOrder("org.aftersales.inventory.spi.PlacementRule",
                "org.aftersales.inventory.operations.spi.TransferSource");
        assertThat(d.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("org.aftersales.core.supply.PartsSupply");
            assertThat(p.providers()).containsExactly("org.aftersales.inventory.operations.WarehouseSupply");
        });
        assertThat(d.requires()).filteredOn(r -> r.name().equals("com.google.common")).singleElement()
                .satisfies(r -> assertThat(r.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    }
}
