package org.aftersales.complaints;

import java.time.Instant;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.StaffId;

/**
 * Who acts on a complaint, and the metadata of what their act causes.
 *
 * @param by the member of staff
 * @param metadata the metadata of the events, whose time is the act's time
 */
record Act(StaffId by, EventMetadata metadata) {

    Instant at() {
        return metadata.occurredAt();
    }
}
