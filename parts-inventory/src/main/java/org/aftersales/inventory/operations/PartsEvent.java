package org.aftersales.inventory.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.value.Money;

/**
 * What happened in the parts department, published by {@link PartsWarehouse} in the unit of
 * work of the command that caused it. Each kind has a stable {@linkplain #type() name}, listed in
 * {@link #TYPES} with its class, so any store can write it and read it back; names are never
 * changed once released.
 */
public sealed interface PartsEvent extends DomainEvent {

    /** Every event name with its class. */
    Map<String, Class<? extends PartsEvent>> TYPES = Map.ofEntries(
            Map.entry("parts.goods-received", GoodsReceived.class),
            Map.entry("parts.putaway-confirmed", PutawayConfirmed.class),
            Map.entry("parts.reserved", Reserved.class),
            Map.entry("parts.released", Released.class),
            Map.entry("parts.issued", StockIssued.class),
            Map.entry("parts.returned", StockReturned.class),
            Map.entry("parts.movement-reversed", MovementReversed.class),
            Map.entry("parts.counted", StockCounted.class),
            Map.entry("parts.blocked", StockBlocked.class),
            Map.entry("parts.due-in-recorded", DueInRecorded.class),
            Map.entry("parts.transfer-raised", TransferRaised.class),
            Map.entry("parts.lost-sale", LostSaleRecorded.class),
            Map.entry("parts.request-received", PartsRequestReceived.class),
            Map.entry("parts.request-answered", PartsRequestAnswered.class),
            Map.entry("parts.outbound-checked", OutboundChecked.class),
            Map.entry("parts.account-opened", AccountOpened.class),
            Map.entry("parts.account-deposited", AccountDeposited.class),
            Map.entry("parts.account-drawn", AccountDrawn.class),
            Map.entry("parts.counter-sold", CounterSold.class));

    @Override
    default String type() {
        return TYPES.entrySet().stream().filter(e -> e.getValue() == getClass()).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /**
     * A delivery was checked against its packing list.
     *
     * @param metadata the metadata
     * @param receipt the receipt number
     * @param supplier the supplier
     * @param accepted the pieces accepted in all
     * @param discrepancies how many lines were not accepted as listed
     */
    record GoodsReceived(EventMetadata metadata, DocumentNumber receipt, SupplierId supplier, long accepted,
            int discrepancies) implements PartsEvent {
    }

    /**
     * Goods from the dock were put into their bin.
     *
     * @param metadata the metadata
     * @param receipt the receipt
     * @param task the putaway task's number within it
     * @param part the part
     * @param bin the bin
     * @param quantity the pieces
     * @param movement the bin card's movement
     */
    record PutawayConfirmed(EventMetadata metadata, DocumentNumber receipt, int task, PartNumber part, BinCode bin,
            long quantity, MovementId movement) implements PartsEvent {
    }

    /**
     * Parts were reserved for a document, in full per line.
     *
     * @param metadata the metadata
     * @param document the document, as {@code kind:number}
     * @param reserved the lines reserved
     * @param shortParts the parts that could not be reserved
     */
    record Reserved(EventMetadata metadata, String document, List<PartLine> reserved, List<PartNumber> shortParts)
            implements PartsEvent {
    }

    /**
     * A document let go of what it held.
     *
     * @param metadata the metadata
     * @param document the document
     * @param lines what was released
     */
    record Released(EventMetadata metadata, String document, List<PartLine> lines) implements PartsEvent {
    }

    /**
     * Parts left the shelves for a document.
     *
     * @param metadata the metadata
     * @param document the document
     * @param lines what was issued
     */
    record StockIssued(EventMetadata metadata, String document, List<PartLine> lines) implements PartsEvent {
    }

    /**
     * Issued parts came back unused.
     *
     * @param metadata the metadata
     * @param document the document
     * @param lines what came back
     */
    record StockReturned(EventMetadata metadata, String document, List<PartLine> lines) implements PartsEvent {
    }

    /**
     * A movement was undone by its exact opposite.
     *
     * @param metadata the metadata
     * @param original the movement undone
     * @param reversal the reversing movement
     */
    record MovementReversed(EventMetadata metadata, MovementId original, MovementId reversal) implements PartsEvent {
    }

    /**
     * A bin was counted.
     *
     * @param metadata the metadata
     * @param part the part
     * @param bin the bin
     * @param expected what the ledger said
     * @param counted what was found
     * @param holdsCut the holds cut because the pieces they held were missing, with the pieces
     *     cut from each; their documents must be told
     */
    record StockCounted(EventMetadata metadata, PartNumber part, BinCode bin, long expected, long counted,
            List<Hold> holdsCut) implements PartsEvent {
    }

    /**
     * Pieces on hand were blocked (positive) or unblocked (negative).
     *
     * @param metadata the metadata
     * @param part the part
     * @param quantity the change
     * @param blocked the pieces blocked afterwards
     * @param reason why
     */
    record StockBlocked(EventMetadata metadata, PartNumber part, long quantity, long blocked, String reason)
            implements PartsEvent {
    }

    /**
     * Goods were ordered and are expected.
     *
     * @param metadata the metadata
     * @param part the part
     * @param reference the order
     * @param date the day expected
     * @param quantity the pieces
     */
    record DueInRecorded(EventMetadata metadata, PartNumber part, String reference, LocalDate date, long quantity)
            implements PartsEvent {
    }

    /**
     * A transfer (调件) was raised from another stock.
     *
     * @param metadata the metadata
     * @param transfer the transfer number
     * @param source the transfer source's id
     * @param part the part
     * @param quantity the pieces
     * @param arrives the day the customer was given
     */
    record TransferRaised(EventMetadata metadata, DocumentNumber transfer, String source, PartNumber part,
            long quantity, LocalDate arrives) implements PartsEvent {
    }

    /**
     * A customer walked away for want of a part.
     *
     * @param metadata the metadata
     * @param part the part
     * @param quantity the pieces asked for
     * @param customer the customer, or null when unknown
     * @param reason why, in the clerk's words
     */
    record LostSaleRecorded(EventMetadata metadata, PartNumber part, long quantity, CustomerId customer,
            String reason) implements PartsEvent {
    }

    /**
     * A repair shop asked for parts; the answer is due within the standard's time.
     *
     * @param metadata the metadata
     * @param request the request number
     * @param repairOrder the repair order
     * @param lines what was asked for
     */
    record PartsRequestReceived(EventMetadata metadata, DocumentNumber request, String repairOrder,
            List<PartLine> lines) implements PartsEvent {
    }

    /**
     * A parts request was answered.
     *
     * @param metadata the metadata
     * @param request the request
     * @param complete whether every line was reserved
     * @param answeredAt when
     */
    record PartsRequestAnswered(EventMetadata metadata, DocumentNumber request, boolean complete, Instant answeredAt)
            implements PartsEvent {
    }

    /**
     * Picked goods were checked against their delivery note.
     *
     * @param metadata the metadata
     * @param deliveryNote the note
     * @param passed whether every line passed
     * @param homeDelivery whether a delivery promise was set
     */
    record OutboundChecked(EventMetadata metadata, String deliveryNote, boolean passed, boolean homeDelivery)
            implements PartsEvent {
    }

    /**
     * A customer account was opened.
     *
     * @param metadata the metadata
     * @param customer the customer
     * @param creditLimit the agreed limit below zero
     */
    record AccountOpened(EventMetadata metadata, CustomerId customer, Money creditLimit) implements PartsEvent {
    }

    /**
     * Money was paid into an account.
     *
     * @param metadata the metadata
     * @param customer the customer
     * @param amount the amount
     * @param balance the balance after
     */
    record AccountDeposited(EventMetadata metadata, CustomerId customer, Money amount, Money balance)
            implements PartsEvent {
    }

    /**
     * Parts were paid from an account.
     *
     * @param metadata the metadata
     * @param customer the customer
     * @param amount the amount
     * @param document what it paid for
     * @param balance the balance after
     */
    record AccountDrawn(EventMetadata metadata, CustomerId customer, Money amount, String document, Money balance)
            implements PartsEvent {
    }

    /**
     * A counter sale was made.
     *
     * @param metadata the metadata
     * @param sale the sale number
     * @param customer the customer, or null for a walk-in
     * @param total the total
     */
    record CounterSold(EventMetadata metadata, DocumentNumber sale, CustomerId customer, Money total)
            implements PartsEvent {
    }
}
