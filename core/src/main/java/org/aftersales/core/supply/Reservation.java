package org.aftersales.core.supply;

import java.util.List;
import java.util.Objects;

/**
 * What a document now holds after a reservation: the lines reserved in full, and the lines the
 * warehouse could not reserve (with their availability, so the caller can give the customer a
 * date or start a transfer).
 *
 * @param document the document
 * @param reserved the lines reserved for it
 * @param shortLines the lines not reserved, with what can be had and when
 */
public record Reservation(SupplyDocument document, List<PartLine> reserved, List<LineAvailability> shortLines) {

    /** Checks the parts and copies the lists. */
    public Reservation {
        Objects.requireNonNull(document, "document");
        reserved = List.copyOf(reserved);
        shortLines = List.copyOf(shortLines);
    }

    /** @return whether every line asked for was reserved */
    public boolean complete() {
        return shortLines.isEmpty();
    }
}
