package org.aftersales.core.deadline;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.StaffId;

/**
 * A deadline's target passed before it was met ({@code deadline.missed}).
 *
 * @param metadata id, time, actor and correlation (the subject's id)
 * @param deadline the deadline
 * @param subject what it is about
 * @param standard the standard's code
 * @param owner the owner
 * @param recipient who is told: the owner, or their backup when the owner is absent
 * @param due when the target was reached
 * @param lateBusiness how late in business time
 * @param latePlain how late in plain time
 */
public record DeadlineMissed(EventMetadata metadata, DeadlineId deadline, SubjectRef subject, String standard,
        StaffId owner, StaffId recipient, Instant due, Duration lateBusiness, Duration latePlain)
        implements DeadlineEvent, org.aftersales.core.event.StandardOutcome {

    /** The stable event name. */
    public static final String TYPE = "deadline.missed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String obligation() {
        return deadline.value();
    }

    /** @return false: a missed deadline was not kept */
    @Override
    public boolean kept() {
        return false;
    }
}
