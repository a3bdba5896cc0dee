package org.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.inventory.testing.SyntheticWarehouse;

/** Properties over random layouts, parts and stock (P3, P4). */
class PlacementPropertiesTest {

    static PlacementEngine engine(SyntheticWarehouse.World world) {
        return PlacementEngine.builder(Layout.of(world.layout()), PartMaster.of(world.parts()))
                .rules(PlacementRules.standard()).build();
    }

    @Property(tries = 40)
    void P3_noDecisionEverBreaksAHardRule(
            @ForAll long seed,
            @ForAll @IntRange(min = 100, max = 1500) int bins,
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double fill,
            @ForAll @DoubleRange(min = 0, max = 0.2) double misplaced,
            @ForAll @IntRange(min = 0, max = 10_000) int pick,
            @ForAll @IntRange(min = 1, max = 8) int quantity) {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(seed, bins, fill, misplaced);
        PlacementEngine engine = engine(world);
        WarehouseState state = engine.state(world.stock());
        Part part = world.parts().get(pick % world.parts().size());
        PlacementRequest request = PlacementRequest.of(part.number(), quantity);
        Set<String> before = HardRuleOracle.violations(engine.layout(), engine.parts(), state.snapshot(), engine.settings());
        PlacementDecision decision;
        try {
            decision = engine.place(state, request);
        } catch (BusinessRuleException e) {
            assertThat(e.detail(NoBinFits.class)).isPresent();
            assertThatThrownBy(() -> engine.placeByFullScan(state, request))
                    .as("the full scan finds no bin either").isInstanceOf(BusinessRuleException.class);
            return;
        }
        Set<String> after = HardRuleOracle.violations(engine.layout(), engine.parts(), state.with(decision).snapshot(),
                engine.settings());
        assertThat(after).as("placing %s in %s", part.number(), decision.chosen().bin()).isSubsetOf(before);
        assertThat(decision.chosen().verdicts()).allSatisfy(v -> assertThat(v.passed()).isTrue());
    }

    @Property(tries = 20)
    void P4_aReslottingPlanAppliedLeavesNoHardViolation(
            @ForAll long seed,
            @ForAll @IntRange(min = 100, max = 1500) int bins,
            @ForAll @DoubleRange(min = 0.1, max = 0.6) double fill,
            @ForAll @DoubleRange(min = 0, max = 0.3) double misplaced) {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(seed, bins, fill, misplaced);
        PlacementEngine engine = engine(world);
        WarehouseState state = engine.state(world.stock());
        ReslottingPlan plan = engine.replan(state, ReslottingOptions.defaults());
        WarehouseState applied = state.apply(plan.moves());
        Set<String> left = HardRuleOracle.violations(engine.layout(), engine.parts(), applied.snapshot(), engine.settings());
        assertThat(plan.complete()).isTrue();
        assertThat(plan.hardViolationsAfter()).isEqualTo(plan.unresolved().size());
        assertThat(left.isEmpty()).isEqualTo(plan.unresolved().isEmpty());
        assertThat(engine.audit(applied).hardViolations()).isEqualTo(plan.unresolved());
        for (Finding f : plan.unresolved()) {
            // what is left really has no bin: without that line, the full scan finds none for it
            long qty = applied.snapshot().lines().stream().filter(l -> l.bin().equals(f.bin()) && l.part().equals(f.part()))
                    .mapToLong(StockLine::quantity).sum();
            StockSnapshot without = new StockSnapshot(applied.snapshot().lines().stream()
                    .filter(l -> !l.part().equals(f.part())).toList());
            long total = applied.snapshot().lines().stream().filter(l -> l.part().equals(f.part()))
                    .mapToLong(StockLine::quantity).sum();
            assertThat(qty).isPositive();
            assertThatThrownBy(() -> engine.placeByFullScan(engine.state(without), PlacementRequest.of(f.part(), total)))
                    .as("no bin for %s", f.part()).isInstanceOf(BusinessRuleException.class);
        }
        assertThat(plan.softScoreAfter()).isGreaterThanOrEqualTo(plan.softScoreBefore() - 0.02);
        List<Move> moves = plan.moves();
        assertThat(moves).allSatisfy(m -> assertThat(m.from()).isNotEqualTo(m.to()));
    }
}
