package org.aftersales.complaints;

import java.util.List;

/**
 * A complaint after a change, with the events the change caused.
 *
 * @param complaint the new snapshot
 * @param events the events, in order
 */
record Changed(Complaint complaint, List<ComplaintEvent> events) {

    Changed {
        events = List.copyOf(events);
    }
}
