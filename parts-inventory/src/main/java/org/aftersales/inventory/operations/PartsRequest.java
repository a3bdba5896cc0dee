package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.supply.PartLine;

/**
 * A repair shop's request for parts (P8): answered within 5 minutes, a deadline set when it
 * arrives and met when it is answered.
 *
 * @param id the request number, such as {@code PR-2026-000001}
 * @param repairOrder the repair order it is for
 * @param lines the parts asked for
 * @param clerk the parts clerk who owns the answer
 * @param receivedAt when it arrived
 * @param answeredAt when it was answered, or null
 * @param complete whether every line was reserved when it was answered
 */
public record PartsRequest(DocumentNumber id, String repairOrder, List<PartLine> lines, StaffId clerk,
        Instant receivedAt, Instant answeredAt, boolean complete) implements RefusalDetail, Aggregate<DocumentNumber> {

    /** Copies the list. */
    public PartsRequest {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }
}
