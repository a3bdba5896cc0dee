package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.BULB;
import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.ENGINE_OIL;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.WINDSCREEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Storage;
import org.aftersales.inventory.RackKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Receiving to putaway (P5): a packing list with a short, a damaged and a wrong line becomes a
 * receipt, a discrepancy report for the supplier, putaway tasks with their placement decisions,
 * confirmed putaways and bin cards.
 */
class ReceivingScenarioTest {

    static final SupplierId HONDA_PARTS = SupplierId.of("gac-honda-parts");
    static final LocalDate PRODUCED = LocalDate.of(2026, 6, 1);
    static final LocalDate EXPIRES = LocalDate.of(2029, 5, 31);

    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        storage = Shop.storage(Shop.clock());
        warehouse = Shop.warehouse(storage, Shop.clock()).build();
    }

    static ReceiveGoods delivery() {
        return new ReceiveGoods(HONDA_PARTS, "PL-88123", CLERK, List.of(
                PackingLine.asListed(OIL_FILTER, 20),
                // short: 10 listed, 8 in the box
                new PackingLine(BRAKE_PADS, "Wuhan", 10, null, "Wuhan", 8, 0, null, null),
                // damaged: one of two windscreens cracked
                new PackingLine(WINDSCREEN, null, 2, null, null, 2, 1, null, null),
                // wrong item: bulbs listed, another part number in the box
                new PackingLine(BULB, "Shanghai", 30, PartNumber.of("33301-S84-013"), "Shanghai", 30, 0, null, null),
                PackingLine.asListed(ENGINE_OIL, 12).dated(PRODUCED, EXPIRES)));
    }

    @Test
    void P5_packingListToPutawayTasksConfirmedPutawaysAndBinCards() {
        Receipt receipt = warehouse.receive(delivery());

        assertThat(receipt.id().value()).isEqualTo("RCV-2026-000001");
        assertThat(receipt.lines()).extracting(ReceiptLine::outcome).containsExactly(LineOutcome.ACCEPTED,
                LineOutcome.SHORT, LineOutcome.DAMAGED, LineOutcome.WRONG_ITEM, LineOutcome.ACCEPTED);
        assertThat(receipt.lines()).extracting(ReceiptLine::accepted).containsExactly(20L, 8L, 1L, 0L, 12L);

        DiscrepancyReport report = receipt.discrepancyReport();
        assertThat(report.supplier()).isEqualTo(HONDA_PARTS);
        assertThat(report.packingList()).isEqualTo("PL-88123");
        assertThat(report.lines()).extracting(DiscrepancyReport.Discrepancy::line).containsExactly(2, 3, 4);
        assertThat(report.lines().get(0).text().en()).isEqualTo("45022-TBA-A01: 10 listed, 8 found, 2 short.");
        assertThat(report.lines().get(0).text().zh()).contains("短少 2 件");
        assertThat(report.lines().get(1).text().en())
                .isEqualTo("73111-T2A-003: 1 of 2 pieces damaged or cracked; 1 accepted.");
        assertThat(report.lines().get(2).foundPart()).isEqualTo(PartNumber.of("33301-S84-013"));
        assertThat(report.lines().get(2).text().en()).contains("found 33301-S84-013").contains("30 pieces refused");

        // accepted goods wait on the dock, one putaway task each, with the decision and its explanation
        assertThat(receipt.tasks()).extracting(PutawayTask::part)
                .containsExactly(OIL_FILTER, BRAKE_PADS, WINDSCREEN, ENGINE_OIL);
        assertThat(receipt.tasks()).allSatisfy(t -> {
            assertThat(t.decision()).isNotNull();
            assertThat(t.decision().chosen().verdicts()).isNotEmpty();
            assertThat(t.decision().summary().en()).isNotBlank();
        });
        PutawayTask windscreen = receipt.tasks().get(2);
        assertThat(windscreen.decision().chosen().kind()).isEqualTo(RackKind.VERTICAL_RACK);
        assertThat(receipt.tasks()).extracting(PutawayTask::decidedBin).doesNotHaveDuplicates();
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isEqualTo(20);
        assertThat(warehouse.stock(OIL_FILTER).bins()).isEmpty();

        for (PutawayTask t : receipt.tasks()) {
            warehouse.confirmPutaway(new ConfirmPutaway(receipt.id(), t.task(), null, CLERK));
        }

        Receipt done = warehouse.receipt(receipt.id());
        assertThat(done.openTasks()).isEmpty();
        BinCode oilBin = done.tasks().get(0).bin();
        assertThat(warehouse.stock(OIL_FILTER).inBin(oilBin)).isEqualTo(20);
        StockItem oil = warehouse.stock(ENGINE_OIL);
        assertThat(oil.lots()).singleElement().satisfies(l -> {
            assertThat(l.bin()).isEqualTo(done.tasks().get(3).bin());
            assertThat(l.expires()).isEqualTo(EXPIRES);
            assertThat(l.produced()).isEqualTo(PRODUCED);
        });

        BinCard card = warehouse.binCard(oilBin);
        assertThat(card.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(MovementKind.PUTAWAY);
            assertThat(e.quantity()).isEqualTo(20);
            assertThat(e.balance()).isEqualTo(20);
            assertThat(e.document()).isEqualTo("RCV-2026-000001");
        });
        assertThat(warehouse.movements(OIL_FILTER)).extracting(StockMovement::kind)
                .containsExactly(MovementKind.RECEIPT, MovementKind.PUTAWAY);

        List<String> types = storage.events().since(0, 100).stream().map(e -> e.event().type()).toList();
        assertThat(types).startsWith("parts.goods-received").contains("parts.putaway-confirmed");
    }

    @Test
    void P5_aSecondDeliveryOfAPartGoesToItsHomeBin() {
        Receipt first = warehouse.receive(new ReceiveGoods(HONDA_PARTS, "PL-1", CLERK,
                List.of(PackingLine.asListed(OIL_FILTER, 10))));
        Receipt second = warehouse.receive(new ReceiveGoods(HONDA_PARTS, "PL-2", CLERK,
                List.of(PackingLine.asListed(OIL_FILTER, 5))));
        assertThat(second.tasks().get(0).decidedBin()).isEqualTo(first.tasks().get(0).decidedBin());
    }

    @Test
    void P5_aPartOutOfStockKeepsItsHomeBinForTheNextDelivery() {
        Receipt first = Stocked.put(warehouse, OIL_FILTER, 3);
        warehouse.issue(new LedgerCommands.Issue(org.aftersales.core.supply.SupplyDocument.repairOrder("RO-1"),
                List.of(new org.aftersales.core.supply.PartLine(OIL_FILTER,
                        org.aftersales.core.value.Quantity.pieces(3)))));
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isZero();
        Receipt next = warehouse.receive(new ReceiveGoods(HONDA_PARTS, "PL-2", CLERK,
                List.of(PackingLine.asListed(OIL_FILTER, 5))));
        assertThat(next.tasks().get(0).decidedBin()).isEqualTo(first.tasks().get(0).bin());
        assertThat(warehouse.stock(OIL_FILTER).home()).isEqualTo(first.tasks().get(0).bin());
    }

    @Test
    void P5_putawayIntoAnotherBinOrTwiceIsRefused() {
        Receipt receipt = warehouse.receive(new ReceiveGoods(HONDA_PARTS, "PL-1", CLERK,
                List.of(PackingLine.asListed(OIL_FILTER, 10))));
        BinCode decided = receipt.tasks().get(0).decidedBin();
        BinCode other = Shop.layout().bins().stream().map(b -> b.code()).filter(c -> !c.equals(decided))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> warehouse.confirmPutaway(new ConfirmPutaway(receipt.id(), 1, other, CLERK)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("putaway.wrongBin"));
        warehouse.confirmPutaway(new ConfirmPutaway(receipt.id(), 1, decided, CLERK));
        assertThatThrownBy(() -> warehouse.confirmPutaway(new ConfirmPutaway(receipt.id(), 1, null, CLERK)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("putaway.done"));
        assertThat(warehouse.binCard(decided).balance()).isEqualTo(10);
    }

    @Test
    void P5_badLinesAreAllListedAndNothingIsStored() {
        ReceiveGoods bad = new ReceiveGoods(HONDA_PARTS, " ", StaffId("nobody"), List.of(
                PackingLine.asListed(PartNumber.of("NOT-IN-MASTER"), 1),
                PackingLine.asListed(ENGINE_OIL, 4),
                new PackingLine(OIL_FILTER, null, 0, null, null, -1, 0, null, null)));
        assertThatThrownBy(() -> warehouse.receive(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path)
                        .contains("packingList", "lines[2].quantity", "lines[2].counted"));
        ReceiveGoods unknown = new ReceiveGoods(HONDA_PARTS, "PL-1", StaffId("nobody"), List.of(
                PackingLine.asListed(PartNumber.of("NOT-IN-MASTER"), 1), PackingLine.asListed(ENGINE_OIL, 4)));
        assertThatThrownBy(() -> warehouse.receive(unknown)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path)
                    .containsExactlyInAnyOrder("clerk", "lines[0].part", "lines[1].expires");
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().zh()).isNotBlank());
        });
        assertThat(storage.events().since(0, 10)).isEmpty();
        assertThat(warehouse.stock(ENGINE_OIL).onHand()).isZero();
    }

    private static org.aftersales.core.id.StaffId StaffId(String id) {
        return org.aftersales.core.id.StaffId.of(id);
    }
}
