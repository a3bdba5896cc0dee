package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Money;
import org.aftersales.inventory.ConsumerInfo;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.Sourcing;

/** The parts counter (P11): quotes and sales. */
final class Counter {

    static final AggregateType<DocumentNumber, SaleDocument> SALES =
            AggregateType.of("parts-counter-sale", DocumentNumber.class, SaleDocument.class);
    static final SequenceFormat SALE_NUMBERS = SequenceFormat.yearly("parts-counter-sale", "CS", 6);

    private final PartsWarehouse warehouse;

    Counter(PartsWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Every part known and priced; lists each problem. */
    void checkPriced(List<PartLine> lines) {
        Violations v = OperationsMessages.violations();
        for (int i = 0; i < lines.size(); i++) {
            PartNumber n = lines.get(i).part();
            Part p = warehouse.parts().getOrNull(n);
            if (p == null) {
                v.add("lines[" + i + "].part", "part.unknown", n);
            } else if (p.consumerInfo() == null || p.consumerInfo().price() == null) {
                v.add("lines[" + i + "].part", "part.unpriced", n);
            }
            if (lines.get(i).quantity().unit() != org.aftersales.core.value.Quantity.Unit.PIECE) {
                v.add("lines[" + i + "].quantity", "quantity.pieces", lines.get(i).quantity());
            }
        }
        v.throwIfPresent();
    }

    CounterQuote quote(CounterCommands.Quote c) {
        checkPriced(c.lines());
        LocalDate today = warehouse.ledger().today();
        List<CounterQuote.Line> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (Map.Entry<PartNumber, Long> e : WarehouseSupply.merged(c.lines()).entrySet()) {
            Part p = warehouse.parts().getOrNull(e.getKey());
            ProductInformation info = info(p, List.of());
            Money lineTotal = info.unitPrice().times(e.getValue());
            total = total.plus(lineTotal);
            Alternative recommendation = null;
            if (p.sourcing() != Sourcing.GENUINE) {
                recommendation = warehouse.alternatives(p.number()).stream().filter(Alternative::recommended)
                        .findFirst().orElse(null);
            }
            lines.add(new CounterQuote.Line(info, e.getValue(), lineTotal, warehouse.stock(p.number()).free(today),
                    p.competitorPrices(), recommendation));
        }
        return new CounterQuote(c.customer(), warehouse.clock().instant(), lines, total);
    }

    SaleDocument sell(UnitOfWork work, CounterCommands.Sell c) {
        DocumentNumber number = DocumentNumber.of(work.sequence(SALE_NUMBERS).next().text());
        SupplyDocument doc = new SupplyDocument(SupplyDocument.Kind.COUNTER_SALE, number.value());
        List<SaleDocument.Line> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (Map.Entry<PartNumber, Long> e : WarehouseSupply.merged(c.lines()).entrySet()) {
            Part p = warehouse.parts().getOrNull(e.getKey());
            List<StockMovement> out = warehouse.ledger().issue(work, doc, e.getKey(), e.getValue());
            List<ProductInformation.LotDates> dates = new ArrayList<>();
            if (p.consumerInfo().perishable()) {
                for (StockMovement m : out) {
                    dates.add(new ProductInformation.LotDates(-m.quantity(), m.produced(), m.expires()));
                }
            }
            ProductInformation info = info(p, dates);
            Money lineTotal = info.unitPrice().times(e.getValue());
            total = total.plus(lineTotal);
            lines.add(new SaleDocument.Line(info, e.getValue(), lineTotal));
        }
        Money balance = null;
        if (c.onAccount()) {
            balance = warehouse.accounts().draw(work, c.customer(), total, number.value()).balance();
        }
        SaleDocument sale = new SaleDocument(number, warehouse.clock().instant(), c.customer(), c.clerk(), lines, total,
                c.onAccount(), balance);
        work.repository(SALES).save(sale, Versioned.NEW);
        work.publish(new PartsEvent.StockIssued(warehouse.meta(Actor.staff(c.clerk()), number.value()),
                Ledger.documentText(doc), c.lines()));
        work.publish(new PartsEvent.CounterSold(warehouse.meta(Actor.staff(c.clerk()), number.value()), number,
                c.customer(), total));
        return sale;
    }

    static ProductInformation info(Part p, List<ProductInformation.LotDates> lots) {
        ConsumerInfo i = p.consumerInfo();
        return new ProductInformation(p.number(), p.name(), p.sourcing(), i.price(), i.origin(), i.maker(),
                i.specification(), i.grade(), i.perishable(), i.certificateOfConformity(), lots);
    }

    static void checkAccount(CustomerId customer, boolean onAccount, Violations v) {
        if (onAccount && customer == null) {
            v.add("customer", "sale.accountNeedsCustomer");
        }
    }
}
