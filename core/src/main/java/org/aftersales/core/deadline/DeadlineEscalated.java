package org.aftersales.core.deadline;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.StaffId;

/**
 * An escalation step of a deadline was reached ({@code deadline.escalated}).
 *
 * @param metadata id, time, actor and correlation (the subject's id)
 * @param deadline the deadline
 * @param subject what it is about
 * @param standard the standard's code
 * @param owner the owner
 * @param step the step reached
 * @param recipient who the step tells, after A/B routing
 * @param due when the target is (or was) reached
 * @param lateBusiness how late in business time, negative while time is left
 * @param latePlain how late in plain time, negative while time is left
 */
public record DeadlineEscalated(EventMetadata metadata, DeadlineId deadline, SubjectRef subject, String standard,
        StaffId owner, EscalationStep step, StaffId recipient, Instant due, Duration lateBusiness, Duration latePlain)
        implements DeadlineEvent {

    /** The stable event name. */
    public static final String TYPE = "deadline.escalated";

    @Override
    public String type() {
        return TYPE;
    }
}
