package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.testing.SyntheticWarehouse;
import org.junit.jupiter.api.Test;

class AuditAndReslottingTest {

    final PlacementEngine engine = engine();

    /** Every kind of hard violation at once. */
    final StockSnapshot messy = stock(
            "A-01-3-01", GEARBOX, 1,          // very heavy on the top shelf; also does not fit (450 mm high)
            "A-02-1-01", MUFFLER, 1,          // long part lying on a shelf
            "A-03-1-01", OIL_FILTER, 10,
            "A-03-1-01", BULB, 4,             // two part numbers in one bin
            "A-03-2-01", PLUG_A, 20,
            "A-03-2-02", PLUG_B, 20,          // look-alikes side by side
            "B-03-1-01", TRIM_PANEL, 2,       // trim panel in the body-panel rack
            "A-01-1-04", BULB, 2);            // the bulb also sits in a second bin

    @Test
    void P4_auditListsEveryViolationWithItsRule() {
        AuditReport report = engine.audit(engine.state(messy));
        assertThat(report.hardViolations()).extracting(Finding::rule).contains("heavy-low", "vertical-storage",
                "one-part-one-bin", "look-alike-apart", "dedicated-rack", "fits-bin");
        assertThat(report.hardViolations()).filteredOn(f -> f.rule().equals("look-alike-apart"))
                .extracting(f -> f.bin().value()).containsExactlyInAnyOrder("A-03-2-01", "A-03-2-02");
        assertThat(report.hardViolations()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(RuleKind.HARD);
            assertThat(f.reason().zh()).isNotBlank();
        });
        assertThat(report.isClean()).isFalse();
        assertThat(report.stockLines()).isEqualTo(8);
    }

    @Test
    void P4_cleanStockHasNoHardViolation() {
        AuditReport report = engine.audit(engine.state(stock("A-03-1-01", OIL_FILTER, 10, "B-01-1-01", MUFFLER, 1)));
        assertThat(report.hardViolations()).isEmpty();
        assertThat(report.softScore()).isBetween(0.0, 1.0);
    }

    @Test
    void P4_planRemovesEveryHardViolationWithFewMoves() throws Exception {
        WarehouseState state = engine.state(messy);
        ReslottingPlan plan = engine.replan(state, ReslottingOptions.defaults().withMaxSoftMoves(0));
        WarehouseState after = state.apply(plan.moves());
        assertThat(engine.audit(after).hardViolations()).isEmpty();
        assertThat(HardRuleOracle.violations(engine.layout(), engine.parts(), after.snapshot(), engine.settings())).isEmpty();
        assertThat(plan.hardViolationsBefore()).isGreaterThan(0);
        assertThat(plan.hardViolationsAfter()).isZero();
        // gearbox, muffler, one of the shared pair, one look-alike, trim panel, the bulb's second bin
        assertThat(plan.moves()).hasSizeLessThanOrEqualTo(6);
        assertThat(plan.moves()).allSatisfy(m -> assertThat(m.reason().en()).startsWith("Breaks"));
        String json = AftersalesJson.mapper().writeValueAsString(plan);
        assertThat(AftersalesJson.read(json, ReslottingPlan.class)).isEqualTo(plan);
    }

    /**
     * Issue 11: a part kept in two bins was moved out of the second with the reason found in
     * the first, which named the very bin it was leaving ("already has its home in" it).
     */
    @Test
    void issue11_P4_aMoveGivesTheReasonFoundInTheBinItLeaves() {
        List<String> bins = List.of("A-01-1-01", "A-02-1-05");
        WarehouseState state = engine.state(stock(bins.get(0), BULB, 5, bins.get(1), BULB, 3));
        ReslottingPlan plan = engine.replan(state, ReslottingOptions.defaults().withMaxSoftMoves(0));
        assertThat(plan.moves()).isNotEmpty().allSatisfy(m -> {
            String from = m.from().value();
            String other = bins.get(0).equals(from) ? bins.get(1) : bins.get(0);
            assertThat(m.reason().en()).doesNotContain("home in " + from).contains("home in " + other);
            assertThat(m.reason().zh()).doesNotContain("固定料位 " + from).contains("固定料位 " + other);
        });
        assertThat(engine.audit(state.apply(plan.moves())).hardViolations()).isEmpty();
    }

    @Test
    void P4_roomIsMadeWhenNoFreeBinFits() {
        LayoutSpec spec = new LayoutSpec(org.aftersales.core.id.WarehouseId.of("W"), "w", List.of(
                new LayoutSpec.ZoneSpec("A", "a", 1, List.of(
                        Fixtures.rack(1, RackKind.SHELF, null, null, Fixtures.level(1, 100, 500, 4, 600, 500, 400)),
                        Fixtures.rack(2, RackKind.VERTICAL_RACK, null, null, Fixtures.level(1, 0, 800, 2, 400, 400, 2500))))));
        PlacementEngine e = PlacementEngine.builder(Layout.of(spec), parts()).rules(PlacementRules.standard()).build();
        WarehouseState state = e.state(stock("A-02-1-01", BULB, 3, "A-02-1-02", OIL_FILTER, 5, "A-01-1-01", MUFFLER, 1));
        ReslottingPlan plan = e.replan(state, ReslottingOptions.defaults().withMaxSoftMoves(0));
        assertThat(plan.unresolved()).isEmpty();
        assertThat(plan.moves()).hasSize(2);
        assertThat(plan.moves().get(0).reason().en()).startsWith("Makes room in A-02-1-");
        assertThat(plan.moves().get(1).part()).isEqualTo(MUFFLER);
        assertThat(e.audit(state.apply(plan.moves())).hardViolations()).isEmpty();
    }

    @Test
    void P4_softMovesRaiseTheScore() {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(7, 3000, 0.5, 0.0);
        PlacementEngine e = PlacementEngine.builder(Layout.of(world.layout()), PartMaster.of(world.parts()))
                .rules(PlacementRules.standard()).build();
        WarehouseState state = e.state(world.stock());
        ReslottingPlan plan = e.replan(state, ReslottingOptions.defaults().withMaxSoftMoves(50));
        assertThat(plan.moves()).isNotEmpty().hasSizeLessThanOrEqualTo(50 + plan.hardViolationsBefore());
        assertThat(plan.softScoreAfter()).isGreaterThan(plan.softScoreBefore());
        assertThat(e.audit(state.apply(plan.moves())).softScore()).isEqualTo(plan.softScoreAfter());
    }

    @Test
    void P4_progressIsReportedAndCancellationStopsEarly() {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(11, 5000, 0.5, 0.05);
        PlacementEngine e = PlacementEngine.builder(Layout.of(world.layout()), PartMaster.of(world.parts()))
                .rules(PlacementRules.standard()).build();
        WarehouseState state = e.state(world.stock());
        List<String> phases = new ArrayList<>();
        CancellationFlag flag = new CancellationFlag();
        ReslottingPlan plan = e.replan(state, ReslottingOptions.defaults().withListener((phase, done, total) -> {
            phases.add(phase);
            if (phase.equals("hard") && done > 0) {
                flag.cancel();
            }
        }).withCancellation(flag));
        assertThat(phases).contains("audit", "hard", "verify");
        assertThat(plan.complete()).isFalse();
        assertThat(HardRuleOracle.violations(e.layout(), e.parts(), state.apply(plan.moves()).snapshot(), e.settings()))
                .as("a cancelled plan is still legal to carry out").hasSizeLessThanOrEqualTo(plan.hardViolationsBefore());

        CancellationFlag now = new CancellationFlag();
        now.cancel();
        assertThatThrownBy(() -> e.audit(state, ProgressListener.NONE, now)).isInstanceOf(CancellationException.class);
    }
}
