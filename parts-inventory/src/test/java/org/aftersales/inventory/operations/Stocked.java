package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.SupplierId;

/** Puts goods into stock the way the warehouse does: receive, then confirm every putaway. */
final class Stocked {

    private Stocked() {
    }

    static Receipt put(PartsWarehouse warehouse, PartNumber part, long quantity) {
        return put(warehouse, PackingLine.asListed(part, quantity));
    }

    static Receipt put(PartsWarehouse warehouse, PartNumber part, long quantity, LocalDate produced,
            LocalDate expires) {
        return put(warehouse, PackingLine.asListed(part, quantity).dated(produced, expires));
    }

    static Receipt put(PartsWarehouse warehouse, PackingLine... lines) {
        Receipt r = warehouse.receive(new ReceiveGoods(SupplierId.of("gac-honda-parts"), "PL-T", Shop.CLERK,
                List.of(lines)));
        for (PutawayTask t : r.tasks()) {
            if (t.decision() == null) {
                throw new AssertionError("no bin for " + t.part() + ": " + t.unplaced().en());
            }
            warehouse.confirmPutaway(new ConfirmPutaway(r.id(), t.task(), null, Shop.CLERK));
        }
        return warehouse.receipt(r.id());
    }
}
