package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Where a failing rule throws: each phase in which the engine calls a rule. */
    enum Phase {
        /** While the hard rules narrow the search. */
        NARROW(RuleKind.HARD),
        /** While a hard rule checks a bin for an incoming part. */
        CHECK(RuleKind.HARD),
        /** While a soft rule scores a bin. */
        SCORE(RuleKind.SOFT),
        /** While the chosen bin and the runners-up are explained. */
        EXPLAIN_CHOSEN(RuleKind.SOFT),
        /** While stock already in place is judged (quantity 0). */
        AUDIT(RuleKind.HARD),
        /** While a finding of the audit, or the reason of a move, is explained. */
        EXPLAIN_FINDING(RuleKind.HARD),
        /** While the title of a rule that ruled bins out is read for the refusal. */
        TITLE(RuleKind.HARD);

        final RuleKind kind;

        Phase(RuleKind kind) {
            this.kind = kind;
        }
    }

    /** A vendor rule that throws in one phase and behaves in the others. */
    record Throwing(Phase phase) implements PlacementRule {
        @Override
        public String id() {
            return "throws-" + phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        @Override
        public RuleKind kind() {
            return phase.kind;
        }

        @Override
        public LocalizedText title() {
            if (phase == Phase.TITLE) {
                throw new IllegalStateException("no title");
            }
            return new LocalizedText("Throwing", "会抛异常");
        }

        @Override
        public void narrow(PlacementQuery query, SearchBounds bounds) {
            if (phase == Phase.NARROW) {
                throw new IllegalStateException("boom while narrowing");
            }
        }

        @Override
        public double evaluate(PlacementQuery query, Bin bin) {
            boolean incoming = query.quantity() > 0;
            return switch (phase) {
                case CHECK, SCORE -> {
                    if (incoming) {
                        throw new IllegalStateException("boom on " + bin);
                    }
                    yield 1;
                }
                case AUDIT -> {
                    if (!incoming) {
                        throw new IllegalStateException("boom on " + bin);
                    }
                    yield 1;
                }
                // refuses stock already in place, so that the audit reports it and re-slotting moves it
                case EXPLAIN_FINDING -> incoming ? 1 : 0;
                // refuses every bin, so that the refusal lists it
                case TITLE -> 0;
                default -> 0.5;
            };
        }

        @Override
        public LocalizedText explain(PlacementQuery query, Bin bin) {
            if (phase == Phase.EXPLAIN_CHOSEN || phase == Phase.EXPLAIN_FINDING) {
                throw new IllegalStateException("boom while explaining " + bin);
            }
            return new LocalizedText("fine", "没问题");
        }
    }

    /** The operations a failing rule can break. */
    enum Operation {
        PLACE, FULL_SCAN, AUDIT, REPLAN
    }

    /** Stock with a hard violation (the gearbox on the top shelf), so re-slotting has a line to place. */
    static final StockSnapshot STOCK = stock("A-01-3-01", GEARBOX, 1, "A-03-1-01", OIL_FILTER, 10);

    static PlacementEngine engineWith(PlacementRule rule) {
        PlacementRules rules = PlacementRules.standard().with(rule).withRuleSet(new RuleSet("vendor",
                new LocalizedText("with a vendor rule", "含厂商规则"), List.of(new RuleWeight(rule.id(), 1),
                        new RuleWeight("space-use", 1))));
        return PlacementEngine.builder(layout(), parts()).rules(rules).ruleSet("vendor").build();
    }

    static Object run(PlacementEngine engine, WarehouseState state, Operation op) {
        PlacementRequest request = PlacementRequest.of(BULB, 1);
        return switch (op) {
            case PLACE -> engine.place(state, request);
            case FULL_SCAN -> engine.placeByFullScan(state, request);
            case AUDIT -> engine.audit(state);
            case REPLAN -> engine.replan(state, ReslottingOptions.defaults());
        };
    }

    @ParameterizedTest(name = "{0} during {1}")
    @CsvSource({
        "NARROW, PLACE", "CHECK, PLACE", "CHECK, FULL_SCAN", "SCORE, PLACE", "SCORE, FULL_SCAN",
        "EXPLAIN_CHOSEN, PLACE", "AUDIT, AUDIT", "AUDIT, REPLAN", "EXPLAIN_FINDING, AUDIT",
        "EXPLAIN_FINDING, REPLAN", "CHECK, REPLAN", "SCORE, REPLAN", "TITLE, PLACE"})
    void C8_P3_aRuleThatThrowsInAnyPhaseIsAPluginFailureNamingItAndChangesNothing(Phase phase, Operation op) {
        Throwing rule = new Throwing(phase);
        PlacementEngine engine = engineWith(rule);
        WarehouseState state = engine.state(STOCK);
        StockSnapshot before = state.snapshot();
        assertThatThrownBy(() -> run(engine, state, op))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo(rule.id());
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                    assertThat(e.text().en()).contains(rule.id());
                    assertThat(e.text().zh()).contains(rule.id());
                });
        assertThat(state.snapshot()).as("the state is unchanged").isEqualTo(before);
        assertThat(state.layout()).isSameAs(engine.layout());
        PlacementEngine plain = PlacementEngine.builder(engine.layout(), engine.parts()).rules(PlacementRules.standard())
                .build();
        assertThat(plain.audit(plain.state(state.snapshot())).stockLines()).isEqualTo(2);
    }

    @Test
    void C8_aRuleCatalogueRefusesASecondRuleWithATakenIdAsAPluginFailure() {
        assertThatThrownBy(() -> PlacementRules.standard().with(new PreferZoneB()).with(new PreferZoneB()))
                .isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.pluginId()).isEqualTo("prefer-zone-b"));
        PlacementRule impostor = new PreferZoneB() {
            @Override
            public String id() {
                return "heavy-low";
            }
        };
        assertThatThrownBy(() -> PlacementRules.discover().with(impostor))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.pluginId()).isEqualTo("heavy-low"));
    }

    @Test
    void P3_discoveryKeepsTheBuiltInRulesOnceAndTheirSets() {
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
    }
}
