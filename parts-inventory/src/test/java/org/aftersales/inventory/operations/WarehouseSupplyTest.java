package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.Availability;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.PartsSupply;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parts-supply port from core, implemented over the ledger, inside the caller's unit of work. */
class WarehouseSupplyTest {

    static final SupplyDocument APPOINTMENT = SupplyDocument.appointment("AP-1");

    Storage storage;
    PartsWarehouse warehouse;
    PartsSupply supply;

    @BeforeEach
    void open() {
        storage = Shop.storage(Shop.clock());
        warehouse = Shop.warehouse(storage, Shop.clock()).build();
        supply = warehouse.supply();
        Stocked.put(warehouse, OIL_FILTER, 6);
        warehouse.expect(new LedgerCommands.ExpectGoods(BRAKE_PADS, "PO-9", TODAY.plusDays(4), 2));
    }

    static PartLine line(org.aftersales.core.id.PartNumber part, long n) {
        return new PartLine(part, Quantity.pieces(n));
    }

    @Test
    void P12_availabilityByDateCountsGoodsDueIn() {
        Availability a = storage.inUnitOfWork(work -> supply.availability(work,
                List.of(line(OIL_FILTER, 2), line(BRAKE_PADS, 2)), TODAY.plusDays(1)));
        assertThat(a.lines().get(0).covered()).isTrue();
        assertThat(a.lines().get(1).covered()).isFalse();
        assertThat(a.lines().get(1).earliest()).contains(TODAY.plusDays(4));
        assertThat(a.shortages()).extracting(l -> l.line().part()).containsExactly(BRAKE_PADS);
    }

    @Test
    void P12_reserveReleaseIssueAndGiveBackForADocument() {
        Reservation r = storage.inUnitOfWork(work -> supply.reserve(work, APPOINTMENT,
                List.of(line(OIL_FILTER, 2), line(OIL_FILTER, 1), line(BRAKE_PADS, 1)), TODAY));
        assertThat(r.reserved()).containsExactly(line(OIL_FILTER, 3));
        assertThat(r.shortLines()).singleElement().satisfies(s -> assertThat(s.earliest()).contains(TODAY.plusDays(4)));
        assertThat(warehouse.stock(OIL_FILTER).heldBy(APPOINTMENT)).isEqualTo(3);

        List<PartLine> released = storage.inUnitOfWork(work -> supply.release(work, APPOINTMENT));
        assertThat(released).containsExactly(line(OIL_FILTER, 3));
        assertThat(warehouse.stock(OIL_FILTER).reserved()).isZero();

        SupplyDocument ro = SupplyDocument.repairOrder("RO-5");
        storage.run(work -> supply.reserve(work, ro, List.of(line(OIL_FILTER, 2)), TODAY));
        storage.run(work -> supply.issue(work, ro, List.of(line(OIL_FILTER, 2))));
        storage.run(work -> supply.giveBack(work, ro, List.of(line(OIL_FILTER, 1))));
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isEqualTo(5);
        assertThat(warehouse.stock(OIL_FILTER).reserved()).isZero();
        assertThatThrownBy(() -> storage.run(work -> supply.giveBack(work, ro, List.of(line(OIL_FILTER, 2)))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void P12_whatTheCallersUnitRollsBackIsNotStored() {
        assertThatThrownBy(() -> storage.run(work -> {
            supply.reserve(work, APPOINTMENT, List.of(line(OIL_FILTER, 4)), TODAY);
            throw new IllegalStateException("the booking failed");
        })).hasMessage("the booking failed");
        assertThat(warehouse.stock(OIL_FILTER).reserved()).isZero();
    }

    @Test
    void P12_quantitiesAreWholePiecesAndLinesAreRequired() {
        assertThatThrownBy(() -> storage.run(work -> supply.reserve(work, APPOINTMENT,
                List.of(new PartLine(OIL_FILTER, Quantity.of("1.5", Quantity.Unit.LITRE))), TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("lines[0].quantity"));
        assertThatThrownBy(() -> storage.run(work -> supply.issue(work, APPOINTMENT, List.of())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theModuleProvidesThePortToServiceLoader() {
        var provides = WarehouseSupply.class.getModule().getDescriptor().provides();
        assertThat(provides).anySatisfy(p -> {
            assertThat(p.service()).isEqualTo(PartsSupply.class.getName());
            assertThat(p.providers()).containsExactly(WarehouseSupply.class.getName());
        });
        // what ServiceLoader makes: the public no-argument constructor
        PartsSupply discovered = new WarehouseSupply();
        assertThat(discovered.id()).isEqualTo(WarehouseSupply.ID);
        Availability none = storage.inUnitOfWork(work -> discovered.availability(work, List.of(line(BRAKE_PADS, 1)),
                TODAY.plusYears(1)));
        assertThat(none.covered()).isTrue();
    }
}
