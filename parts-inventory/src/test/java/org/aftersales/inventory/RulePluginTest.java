package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;
import org.junit.jupiter.api.Test;

/** P3: rules are plugins with ids and weights, grouped in rule sets a dealership picks. */
class RulePluginTest {

    /** A dealership's own soft rule: keep everything in zone B. */
    static class PreferZoneB implements PlacementRule {
        @Override
        public String id() {
            return "prefer-zone-b";
        }

        @Override
        public RuleKind kind() {
            return RuleKind.SOFT;
        }

        @Override
        public LocalizedText title() {
            return new LocalizedText("Zone B preferred", "优先 B 区");
        }

        @Override
        public double evaluate(PlacementQuery query, Bin bin) {
            return bin.zone().code().equals("B") ? 1 : 0;
        }

        @Override
        public LocalizedText explain(PlacementQuery query, Bin bin) {
            return new LocalizedText("zone " + bin.zone(), bin.zone() + " 区");
        }
    }

    /** A plugin that fails. */
    static final class Broken extends PreferZoneB {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public double evaluate(PlacementQuery query, Bin bin) {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void P3_defaultsAreFoundWithServiceLoader() {
        assertThat(PlacementRules.discover().rules()).extracting(PlacementRule::id).contains("one-part-one-bin",
                "look-alike-apart", "same-type-together", "space-use");
        assertThat(PlacementRules.discover().ruleSets()).extracting(RuleSet::name)
                .containsExactly("standard", "counter-first", "compact");
    }

    @Test
    void P3_aRuleRegisteredByHandTakesPartInTheDealershipsRuleSet() {
        PlacementRules rules = PlacementRules.standard().with(new PreferZoneB()).withRuleSet(new RuleSet("zone-b",
                new LocalizedText("Zone B first", "B 区优先"), List.of(new RuleWeight("prefer-zone-b", 10))));
        PlacementEngine engine = PlacementEngine.builder(layout(), parts()).rules(rules).ruleSet("zone-b").build();
        PlacementDecision d = engine.place(engine.state(StockSnapshot.EMPTY), PlacementRequest.of(BULB, 1));
        assertThat(d.chosen().bin().value()).startsWith("B-");
        assertThat(d.ruleSet()).isEqualTo("zone-b");
        assertThat(d.chosen().verdicts()).extracting(RuleVerdict::rule).contains("one-part-one-bin", "prefer-zone-b")
                .doesNotContain("space-use");
    }

    @Test
    void P3_ruleSetsChangeTheChoice() {
        PlacementEngine counter = PlacementEngine.builder(layout(), parts()).rules(PlacementRules.standard())
                .ruleSet("counter-first").build();
        PlacementDecision d = counter.place(counter.state(StockSnapshot.EMPTY), PlacementRequest.of(OIL_FILTER, 1));
        assertThat(d.chosen().bin().value()).startsWith("A-");
    }

    @Test
    void P3_unknownRulesAndSetsAreRefused() {
        assertThatThrownBy(() -> PlacementEngine.builder(layout(), parts()).rules(PlacementRules.standard())
                .ruleSet("nope").build()).isInstanceOf(ValidationException.class);
        PlacementRules rules = PlacementRules.standard().withRuleSet(new RuleSet("bad",
                new LocalizedText("x", "x"), List.of(new RuleWeight("missing", 1))));
        assertThatThrownBy(() -> PlacementEngine.builder(layout(), parts()).rules(rules).ruleSet("bad").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("rules[0].rule"));
        assertThatThrownBy(() -> PlacementRules.standard().with(new PreferZoneB()).with(new PreferZoneB()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void P3_aFailingPluginIsReportedByItsId() {
        PlacementRules rules = PlacementRules.standard().with(new Broken()).withRuleSet(new RuleSet("broken",
                new LocalizedText("x", "x"), List.of(new RuleWeight("broken", 1))));
        PlacementEngine engine = PlacementEngine.builder(layout(), parts()).rules(rules).ruleSet("broken").build();
        assertThatThrownBy(() -> engine.place(engine.state(StockSnapshot.EMPTY), PlacementRequest.of(BULB, 1)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.rule()).isEqualTo("placement.ruleFailed");
                    assertThat(e.detail()).isEqualTo("broken");
                    assertThat(e.text().zh()).contains("broken");
                });
    }
}
