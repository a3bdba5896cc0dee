package org.aftersales.inventory;

import static org.aftersales.inventory.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the engine throws only the library's exceptions, with both languages, never a
 * bare IllegalArgumentException or NullPointerException.
 */
class EngineRefusalsTest {

    final PlacementEngine engine = engine();
    final WarehouseState state = engine.state(StockSnapshot.EMPTY);

    static void refused(ThrowingCallable call, String path, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(path, code));
            assertThat(e.violations().get(0).message().en()).isNotBlank();
            assertThat(e.violations().get(0).message().zh()).isNotBlank().isNotEqualTo(e.violations().get(0).message().en());
        });
    }

    @Test
    void issue11_aStateOfAnotherEngineIsRefusedInBothLanguages() {
        PlacementEngine other = PlacementEngine.builder(layout(), parts()).rules(PlacementRules.standard()).build();
        WarehouseState foreign = other.state(StockSnapshot.EMPTY);
        refused(() -> engine.place(foreign, PlacementRequest.of(BULB, 1)), "state", "placement.foreignState");
        refused(() -> engine.audit(foreign), "state", "placement.foreignState");
        refused(() -> engine.replan(foreign, ReslottingOptions.defaults()), "state", "placement.foreignState");
        assertThatThrownBy(() -> engine.audit(foreign)).hasMessageContaining("WH-TEST");
    }

    @Test
    void issue11_missingArgumentsAreRefusedNotNullPointers() {
        refused(() -> engine.place(null, PlacementRequest.of(BULB, 1)), "state", "required");
        refused(() -> engine.place(state, null), "request", "required");
        refused(() -> engine.replan(state, null), "options", "required");
        refused(() -> engine.state(null), "stock", "required");
        refused(() -> engine.audit(state, null, CancellationToken.NEVER), "listener", "required");
        refused(() -> PlacementEngine.builder(null, parts()), "layout", "required");
        refused(() -> PlacementEngine.builder(layout(), parts()).ruleSet(null), "ruleSet", "required");
    }

    @Test
    void issue11_aBinOfAnotherLayoutIsRefusedByTheNeighbourQueries() {
        Layout mine = layout();
        Bin foreign = layout().bins().get(3);
        refused(() -> mine.neighbours(foreign), "bin", "layout.foreignBin");
        refused(() -> mine.adjacency(mine.bins().get(3), foreign), "bin", "layout.foreignBin");
    }
}
