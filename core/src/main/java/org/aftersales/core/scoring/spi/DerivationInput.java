package org.aftersales.core.scoring.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.StandardItem;
import org.aftersales.core.scoring.Subject;

/**
 * What a derivation gets to compute one item of one assessment (S3).
 *
 * @param item the item, with its derivation's settings
 * @param subject who is assessed; a staff subject counts the events its staff member caused,
 *     a department subject counts every event
 * @param period the days assessed
 * @param start the first instant of the period in the dealership's zone
 * @param end the instant after the period
 * @param now the service clock's time; an answer still due after it is pending, not late
 * @param events every recorded event from {@code start} up to {@code now}, oldest first
 */
public record DerivationInput(
        StandardItem item,
        Subject subject,
        AssessmentPeriod period,
        Instant start,
        Instant end,
        Instant now,
        List<DomainEvent> events) {

    /** Checks every part is present. */
    public DerivationInput {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(now, "now");
        events = List.copyOf(events);
    }

    /** @return the settings of the item's derivation */
    public Map<String, String> settings() {
        return item.derivationIfAny().orElseThrow().settings();
    }

    /**
     * Whether an event was caused by the assessed subject: for a staff subject, the event's
     * actor is that staff member; for a department, every event counts.
     *
     * @param event the event
     * @return true when it counts for the subject
     */
    public boolean causedBySubject(DomainEvent event) {
        if (subject instanceof Subject.Staff staff) {
            Actor actor = event.metadata().actor();
            return actor.kind() == Actor.Kind.STAFF && actor.id().equals(staff.id().value());
        }
        return true;
    }

    /**
     * Whether an event happened inside the period.
     *
     * @param event the event
     * @return true when {@code start <= occurredAt < end}
     */
    public boolean inPeriod(DomainEvent event) {
        Instant at = event.metadata().occurredAt();
        return !at.isBefore(start) && at.isBefore(end);
    }
}
