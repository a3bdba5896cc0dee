package org.aftersales.complaints;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.aftersales.core.deadline.DeadlineEscalated;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.DeadlineMissed;
import org.aftersales.core.deadline.spi.DeadlineListener;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.NotificationId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Notify;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.store.Versioned;

/**
 * Turns the firings of complaint deadlines into escalations (K7, K10): register it as a
 * listener of the {@link org.aftersales.core.deadline.Deadlines} the {@link ComplaintDesk}
 * uses. It runs inside the unit of work that stores the firing, so the complaint's record of
 * the escalation ({@code complaint.escalated}), the staff alert and the customer's message are
 * stored with it or not at all, and each step fires exactly once.
 *
 * <p>Who is told follows the complaint, not the deadline: the step "owner" tells the
 * complaint's owner now (after an acknowledged hand-over, the new one; their backup when they
 * are {@linkplain #absence absent}), "owner's manager" tells the manager of the owner's
 * department. From 100% of a limit on, the customer is also
 * told that a manager has taken it over, if the complaint has their contact; that message
 * waits out quiet hours and the customer's own hours in the outbox. A missed limit is marked
 * on the complaint, which then counts as not in time.
 *
 * <p>A plugin (id {@value #ID}); if it throws, the firing is not stored and stays due.
 */
public final class ComplaintEscalation implements DeadlineListener {

    /** The plugin id. */
    public static final String ID = "complaint-escalation";
    /** The message code of the staff alert. */
    public static final String STAFF_MESSAGE = "complaint.escalation-staff";
    /** The message code of the customer's message. */
    public static final String CUSTOMER_MESSAGE = "complaint.escalation-customer";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications outbox;
    private final StaffDirectory staff;
    private final EventContext events;
    private final ZoneId zone;
    private final Predicate<StaffId> absent;

    private ComplaintEscalation(Notifications outbox, StaffDirectory staff, EventContext events, ZoneId zone,
            Predicate<StaffId> absent) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.staff = Objects.requireNonNull(staff, "staff");
        this.events = events;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.absent = Objects.requireNonNull(absent, "absent");
    }

    /**
     * The listener.
     *
     * @param outbox the outbox alerts and customer messages are queued in
     * @param staff the staff directory, for owners' managers
     * @param clock the clock event times are read from
     * @param zone the zone due times are written in: the calendar's
     * @return the listener
     */
    public static ComplaintEscalation of(Notifications outbox, StaffDirectory staff, Clock clock, ZoneId zone) {
        return new ComplaintEscalation(outbox, staff, EventContext.of(Objects.requireNonNull(clock, "clock")), zone,
                s -> false);
    }

    /**
     * The same listener, told who is absent now: a reminder meant for an absent owner goes to
     * their backup (A/B routing of the staff directory), or to their manager when nobody in the
     * chain is in. Nobody is absent by default.
     *
     * @param isAbsent tells who is absent
     * @return a new listener
     */
    public ComplaintEscalation absence(Predicate<StaffId> isAbsent) {
        return new ComplaintEscalation(outbox, staff, events, zone, isAbsent);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void fired(DeadlineEvent event, org.aftersales.core.store.UnitOfWork work) {
        if (!ComplaintDesk.SUBJECT_KIND.equals(event.subject().kind())) {
            return;
        }
        Optional<Obligation> obligation = obligationOf(event.standard());
        if (obligation.isEmpty()) {
            return;
        }
        var repo = work.repository(ComplaintDesk.TYPE);
        Optional<Versioned<Complaint>> found = repo.find(ComplaintNumber.of(event.subject().id()));
        if (found.isEmpty() || !found.get().value().isOpen()) {
            return;
        }
        Complaint c = found.get().value();
        Act act = new Act(c.owner(), events.metadata(Actor.system(ID), CorrelationId.of(c.number().value())));
        if (event instanceof DeadlineMissed) {
            repo.save(c.missed(obligation.get()), found.get().version());
            return;
        }
        DeadlineEscalated step = (DeadlineEscalated) event;
        StaffId recipient = switch (step.step().to()) {
            case OWNER -> {
                var routing = staff.route(c.owner(), absent);
                yield routing.assignee().orElseGet(() -> routing.decider().orElse(managerOf(c.owner())));
            }
            case OWNER_MANAGER -> managerOf(c.owner());
            case DEPARTMENT_MANAGER -> step.recipient();
            case STAFF -> step.step().staff();
        };
        int percent = step.step().percent();
        String key = c.number().value() + "/" + obligation.get().code() + "/" + percent + "/"
                + step.due().getEpochSecond();
        outbox.queue(work, new Notify(NotificationId.of(key), STAFF_MESSAGE, Recipient.staff(recipient),
                Map.of("number", c.number().value(), "limit", obligation.get().code(), "percent",
                        String.valueOf(percent), "due", DUE.format(step.due().atZone(zone)))));
        boolean customer = percent >= 100 && c.contact() != null;
        if (customer) {
            outbox.queue(work, new Notify(NotificationId.of(key + "/c"), CUSTOMER_MESSAGE,
                    Recipient.customer(c.links().customer(), c.contact().address(), c.contact().preferences()),
                    Map.of("number", c.number().value())));
        }
        Changed changed = c.escalated(obligation.get(), percent, recipient, customer, percent >= 100, act);
        repo.save(changed.complaint(), found.get().version());
        work.publishAll(changed.events());
    }

    private StaffId managerOf(StaffId person) {
        return staff.department(staff.member(person).department()).manager();
    }

    static Optional<Obligation> obligationOf(String standard) {
        for (Obligation o : Obligation.values()) {
            if (standard.startsWith(ComplaintDesk.SUBJECT_KIND + "." + o.code() + ".")) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
