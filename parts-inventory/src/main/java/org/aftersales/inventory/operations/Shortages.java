package org.aftersales.inventory.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.NotificationId;
import org.aftersales.core.notification.Notify;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.event.Actor;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PartLink;
import org.aftersales.inventory.Sourcing;
import org.aftersales.inventory.operations.spi.TransferOffer;
import org.aftersales.inventory.operations.spi.TransferSource;

/** Shortage handling (P8) inside a unit of work: transfers, alternatives, lost sales, parts requests. */
final class Shortages {

    static final AggregateType<DocumentNumber, TransferOrder> TRANSFERS =
            AggregateType.of("parts-transfer", DocumentNumber.class, TransferOrder.class);
    static final SequenceFormat TRANSFER_NUMBERS = SequenceFormat.yearly("parts-transfer", "TRF", 6);
    static final AggregateType<DocumentNumber, PartsRequest> REQUESTS =
            AggregateType.of("parts-request", DocumentNumber.class, PartsRequest.class);
    static final SequenceFormat REQUEST_NUMBERS = SequenceFormat.yearly("parts-request", "PR", 6);
    static final org.aftersales.core.store.Index<LostSale, PartNumber> LOST_BY_PART =
            org.aftersales.core.store.Index.exact("part", LostSale::part);
    static final AggregateType<DocumentNumber, LostSale> LOST_SALES =
            AggregateType.of("parts-lost-sale", DocumentNumber.class, LostSale.class).withIndex(LOST_BY_PART);
    static final SequenceFormat LOST_SALE_NUMBERS = SequenceFormat.yearly("parts-lost-sale", "LS", 6);
    /** The subject kind of a parts request's deadline. */
    static final String REQUEST_SUBJECT = "parts-request";

    private final PartsWarehouse warehouse;

    Shortages(PartsWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Every source's offers, those covering the quantity first, then by arrival, then plugin order. */
    List<TransferOffer> offers(PartNumber part, long quantity, LocalDate needed) {
        List<TransferOffer> all = new ArrayList<>();
        PluginHost<TransferSource> sources = warehouse.transferSources();
        for (List<TransferOffer> some : sources.map(s -> List.copyOf(s.offers(part, quantity, needed)))) {
            all.addAll(some);
        }
        List<String> order = sources.ids();
        all.sort(Comparator.comparing((TransferOffer o) -> o.available() < quantity)
                .thenComparing(TransferOffer::arrives)
                .thenComparing(o -> order.indexOf(o.source())));
        return all;
    }

    TransferOrder raise(UnitOfWork work, ShortageCommands.RaiseTransfer c) {
        List<TransferOffer> offers = offers(c.part(), c.quantity(), c.needed()).stream()
                .filter(o -> o.available() >= c.quantity())
                .filter(o -> c.source() == null || o.source().equals(c.source())).toList();
        if (offers.isEmpty()) {
            throw OperationsMessages.refusal("transfer.noSource", c, c.part(), c.quantity(),
                    c.source() == null ? String.join(", ", warehouse.transferSources().ids()) : c.source());
        }
        TransferOffer offer = offers.get(0);
        DocumentNumber number = DocumentNumber.of(work.sequence(TRANSFER_NUMBERS).next().text());
        LocalDate promised = offer.arrives();
        for (int i = 0; i < 31 && !warehouse.calendar().isWorkingDay(warehouse.department(), promised); i++) {
            promised = promised.plusDays(1);
        }
        TransferOrder order = new TransferOrder(number, c.part(), c.quantity(), offer, promised,
                warehouse.clock().instant(), c.clerk());
        work.repository(TRANSFERS).save(order, Versioned.NEW);
        warehouse.expect(work, c.part(), number.value(), offer.arrives(), c.quantity());
        if (c.tellCustomer() != null) {
            warehouse.notifications().queue(work, new Notify(NotificationId.of("parts-transfer-" + number.value()),
                    PartsStandards.TRANSFER_DATE, c.tellCustomer(), Map.of("part", c.part().value(),
                            "quantity", Long.toString(c.quantity()), "date", promised.toString())));
        }
        work.publish(new PartsEvent.TransferRaised(warehouse.meta(Actor.staff(c.clerk()), number.value()), number,
                offer.source(), c.part(), c.quantity(), promised));
        return order;
    }

    /** Alternatives to a part, genuine first, then tier, then price; the first genuine one in stock recommended. */
    List<Alternative> alternatives(PartNumber asked) {
        Part part = warehouse.parts().getOrNull(asked);
        if (part == null) {
            return List.of();
        }
        LocalDate today = warehouse.ledger().today();
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(part, PartLink.Tier.ORIGINAL));
        for (PartLink link : part.links()) {
            Part other = warehouse.parts().getOrNull(link.part());
            if (other != null && link.kind() != PartLink.Kind.SUPERSEDES) {
                candidates.add(new Candidate(other, link.tier() == null ? PartLink.Tier.EQUIVALENT : link.tier()));
            }
        }
        candidates.sort(Comparator.comparing((Candidate k) -> k.part.sourcing() != Sourcing.GENUINE)
                .thenComparing(k -> k.tier)
                .thenComparing(k -> price(k.part) == null ? java.math.BigDecimal.ZERO : price(k.part).amount()));
        List<Alternative> out = new ArrayList<>();
        boolean recommended = false;
        for (Candidate k : candidates) {
            long free = warehouse.stock(k.part.number()).free(today);
            boolean genuine = k.part.sourcing() == Sourcing.GENUINE;
            boolean recommend = !recommended && genuine && free > 0;
            recommended |= recommend;
            LocalizedText reason = genuine
                    ? OperationsMessages.MESSAGES.text("alternative.genuine", k.part.number())
                    : OperationsMessages.MESSAGES.text("alternative.aftermarket", k.part.number(), k.tier);
            out.add(new Alternative(k.part.number(), k.part.sourcing(), k.tier, price(k.part), free, recommend,
                    reason));
        }
        return out;
    }

    ShortageAnswer answer(PartNumber part, long quantity, LocalDate needed) {
        StockItem item = warehouse.stock(part);
        LocalDate today = warehouse.ledger().today();
        return new ShortageAnswer(part, quantity, item.free(today), item.earliestDate(today, quantity),
                offers(part, quantity, needed), alternatives(part));
    }

    LostSale lost(UnitOfWork work, ShortageCommands.RecordLostSale c) {
        DocumentNumber number = DocumentNumber.of(work.sequence(LOST_SALE_NUMBERS).next().text());
        LostSale sale = new LostSale(number, c.part(), c.quantity(), c.customer(), c.reason().strip(),
                warehouse.clock().instant(), c.clerk());
        work.repository(LOST_SALES).save(sale, Versioned.NEW);
        work.publish(new PartsEvent.LostSaleRecorded(warehouse.meta(Actor.staff(c.clerk()), number.value()), c.part(),
                c.quantity(), c.customer(), sale.reason()));
        return sale;
    }

    PartsRequest request(UnitOfWork work, ShortageCommands.RequestParts c) {
        DocumentNumber number = DocumentNumber.of(work.sequence(REQUEST_NUMBERS).next().text());
        Instant now = warehouse.clock().instant();
        PartsRequest request = new PartsRequest(number, c.repairOrder().strip(), c.lines(), c.clerk(), now, null,
                false);
        work.repository(REQUESTS).save(request, Versioned.NEW);
        warehouse.deadlines().set(work, new SetDeadline(SubjectRef.of(REQUEST_SUBJECT, number.value()),
                PartsWarehouse.ANSWER_PARTS_REQUEST, c.clerk(), now));
        work.publish(new PartsEvent.PartsRequestReceived(warehouse.meta(Actor.staff(c.clerk()), number.value()),
                number, request.repairOrder(), c.lines()));
        return request;
    }

    PartsRequest answer(UnitOfWork work, ShortageCommands.AnswerPartsRequest c) {
        Versioned<PartsRequest> found = work.repository(REQUESTS).get(c.request());
        PartsRequest request = found.value();
        if (request.answeredAt() != null) {
            throw OperationsMessages.refusal("request.answered", request, request.id(), request.answeredAt());
        }
        Instant now = warehouse.clock().instant();
        Reservation r = warehouse.supplyOf().reserve(work, SupplyDocument.repairOrder(request.repairOrder()),
                request.lines(), warehouse.ledger().today());
        PartsRequest answered = new PartsRequest(request.id(), request.repairOrder(), request.lines(),
                request.clerk(), request.receivedAt(), now, r.complete());
        work.repository(REQUESTS).save(answered, found.version());
        warehouse.deadlines().meet(work, DeadlineId.of(SubjectRef.of(REQUEST_SUBJECT, request.id().value()),
                PartsWarehouse.ANSWER_PARTS_REQUEST), now);
        work.publish(new PartsEvent.PartsRequestAnswered(warehouse.meta(Actor.staff(c.clerk()), request.id().value()),
                request.id(), r.complete(), now));
        return answered;
    }

    private static org.aftersales.core.value.Money price(Part p) {
        return p.consumerInfo() == null ? null : p.consumerInfo().price();
    }

    private record Candidate(Part part, PartLink.Tier tier) {
    }
}
