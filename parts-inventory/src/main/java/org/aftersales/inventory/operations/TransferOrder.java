package org.aftersales.inventory.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.inventory.operations.spi.TransferOffer;

/**
 * A transfer (调件, P8): parts asked from another stock, due in on the offer's arrival day, and
 * the date given to the customer at once.
 *
 * @param id the transfer number, such as {@code TRF-2026-000001}
 * @param part the part
 * @param quantity the pieces
 * @param offer the offer taken
 * @param promised the day given to the customer: the arrival day, or the parts department's
 *     next working day when it arrives on a closed day
 * @param raisedAt when it was raised
 * @param clerk who raised it
 */
public record TransferOrder(DocumentNumber id, PartNumber part, long quantity, TransferOffer offer,
        LocalDate promised, Instant raisedAt, StaffId clerk) implements org.aftersales.core.store.Aggregate<DocumentNumber> {

    /** Checks the parts. */
    public TransferOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(promised, "promised");
    }
}
