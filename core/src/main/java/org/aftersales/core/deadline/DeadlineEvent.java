package org.aftersales.core.deadline;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.StaffId;

/**
 * What {@link Deadlines#due(Instant)} reports (C13): a deadline missed, or an escalation step
 * reached. Each names the subject, the standard, the owner, who is told, and how late the
 * deadline is at that moment, in business and in plain time (negative while time is left, as
 * for a reminder at 80%).
 */
public sealed interface DeadlineEvent extends DomainEvent permits DeadlineMissed, DeadlineEscalated {

    /** @return the deadline */
    DeadlineId deadline();

    /** @return what it is about */
    SubjectRef subject();

    /** @return the standard's code */
    String standard();

    /** @return the deadline's owner */
    StaffId owner();

    /** @return who is told: the owner or their backup, a manager, a named person */
    StaffId recipient();

    /** @return when the target is reached */
    Instant due();

    /** @return how late, in business time on the target's department (plain time for a plain target) */
    Duration lateBusiness();

    /** @return how late, in plain time */
    Duration latePlain();
}
