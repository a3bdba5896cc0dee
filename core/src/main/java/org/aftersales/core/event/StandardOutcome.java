package org.aftersales.core.event;

import org.aftersales.core.id.StaffId;

/**
 * An event that says how one timed obligation ended for the member of staff who owned it:
 * kept (done in time) or not (S3). Deadlines raise such events when a deadline is met or
 * missed; scoring counts them by standard for the owner's scorecard without depending on the
 * deadline service itself.
 */
public interface StandardOutcome extends DomainEvent {

    /** @return the code of the timed standard, such as {@code service.follow-up} */
    String standard();

    /** @return who owned the obligation */
    StaffId owner();

    /** @return a stable key of the one obligation (a deadline id), so that a miss and a late meet count once */
    String obligation();

    /** @return true when the obligation was done in time */
    boolean kept();
}
