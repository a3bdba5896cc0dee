package org.aftersales.example.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.scoring.ItemDerivations;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementDecision;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRequest;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.RuleSet;
import org.aftersales.inventory.RuleVerdict;
import org.aftersales.inventory.RuleWeight;
import org.aftersales.inventory.StockSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E2: what a vendor copies. Its own placement rule and derived scoring item are found by the
 * library's hosts (through {@code provides} on the module path and {@code META-INF/services} on
 * the class path: this class runs on both), and its store choice keeps data across a restart.
 */
class VendorPluginsTest {

    static final Path SAMPLE = Path.of("..", "dealership-demo", "src", "main", "resources", "sample");
    static final PartNumber HEADLAMP = PartNumber.of("33100-TVA-H01");
    static final PartNumber OIL_FILTER = PartNumber.of("15400-RTA-003");

    static PlacementEngine engine() throws Exception {
        PlacementRules rules = PlacementRules.discover().withRuleSet(new RuleSet("acme",
                new LocalizedText("Acme: fragile parts low", "Acme：易碎件放低处"),
                List.of(new RuleWeight(FragileLowRule.ID, 5))));
        return PlacementEngine.builder(Layout.fromJson(SAMPLE.resolve("layout.json")),
                PartMaster.fromJson(SAMPLE.resolve("parts.json"))).rules(rules).ruleSet("acme").build();
    }

    static RuleVerdict acmeVerdict(PlacementDecision d) {
        return d.chosen().verdicts().stream().filter(v -> v.rule().equals(FragileLowRule.ID)).findFirst().orElseThrow();
    }

    @Test
    void E2_theVendorsPlacementRuleIsDiscoveredAndExplainsItsVerdict() throws Exception {
        assertThat(PlacementRules.discover().rules()).extracting(r -> r.id()).contains(FragileLowRule.ID);
        PlacementEngine engine = engine();
        PlacementDecision fragile = engine.place(engine.state(StockSnapshot.EMPTY), PlacementRequest.of(HEADLAMP, 1));
        RuleVerdict verdict = acmeVerdict(fragile);
        assertThat(verdict.score()).isEqualTo(1.0);
        assertThat(verdict.reason().en()).startsWith("Fragile, and the level is at");
        assertThat(verdict.reason().zh()).startsWith("易碎件");
        assertThat(fragile.chosen().bin().value()).isNotBlank();
        PlacementDecision plain = engine.place(engine.state(StockSnapshot.EMPTY), PlacementRequest.of(OIL_FILTER, 1));
        assertThat(acmeVerdict(plain).reason().en()).isEqualTo("Not fragile; any height will do.");
    }

    @Test
    void E2_theVendorsDerivationIsDiscoveredAndChecksItsSettings() {
        assertThat(ItemDerivations.standard().find(RepeatRepairsDerivation.KIND)).get()
                .isInstanceOf(RepeatRepairsDerivation.class);
        Violations problems = new Violations(Messages.of(locale -> new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"required", "required"}, {"scoring.setting.unknown", "unknown {0}"}};
            }
        }));
        Map<String, String> settings = new HashMap<>(Map.of("at-most", "many", "colour", "red"));
        new RepeatRepairsDerivation().checkSettings(settings, problems);
        assertThat(problems.list()).extracting(v -> v.path()).containsExactlyInAnyOrder("colour", "event", "at-most");
    }

    @Test
    void E2_theVendorsStoreChoiceKeepsDataAcrossARestart(@TempDir Path dir) {
        try (Storage storage = VendorStorage.singleSite(dir)) {
            storage.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        }
        try (Storage again = VendorStorage.singleSite(dir)) {
            assertThat(again.providerId()).isEqualTo("jdbc");
            assertThat(again.repository(Account.TYPE).find(CustomerId.of("ann"))).isPresent();
        }
    }
}
