package org.aftersales.core.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;

/**
 * A timer on one obligation (C13): a subject's deadline under a standard, owned by a member
 * of staff, running from a start instant for a {@link Target} in business or plain time. The
 * history of pauses is kept, so that the time paused is always worked out from when the
 * subject entered and left the pausing state; a deadline met while paused keeps the pause up
 * to that moment.
 *
 * <p>The schedule ({@link #due()}, {@link #stepsAt()}) is computed by {@link Deadlines} from
 * the start, the target and the pauses, and computed again whenever the standard or the
 * calendar changes. Which firings happened is kept ({@link #missedFired()},
 * {@link #firedSteps()}), so that each fires once. An immutable snapshot: every change makes a
 * new one.
 *
 * @param id the deadline's id
 * @param subject what it is about
 * @param standard the standard's code
 * @param owner who must act
 * @param target how long it runs
 * @param steps its escalation steps, in ascending share
 * @param start when it started
 * @param pauses the pauses, oldest first; only the last may be open
 * @param status where it stands
 * @param settledAt when it was met or cancelled, else null
 * @param due when the target is reached, null while paused
 * @param stepsAt when each step is due, same order as {@code steps}; null entries while paused
 * @param missedFired true once the missed deadline was reported
 * @param firedSteps bit {@code i} set once step {@code i} fired
 */
public record Deadline(
        DeadlineId id,
        SubjectRef subject,
        String standard,
        StaffId owner,
        Target target,
        List<EscalationStep> steps,
        Instant start,
        List<PauseInterval> pauses,
        Status status,
        Instant settledAt,
        Instant due,
        List<Instant> stepsAt,
        boolean missedFired,
        int firedSteps) implements Aggregate<DeadlineId> {

    /** Where a deadline stands. */
    public enum Status {
        /** Running. */
        OPEN,
        /** Standing still while the subject waits on someone else. */
        PAUSED,
        /** Met: the obligation was done. */
        MET,
        /** Cancelled: the obligation fell away. */
        CANCELLED;

        /** @return true for met or cancelled */
        public boolean isSettled() {
            return this == MET || this == CANCELLED;
        }
    }

    /** Copies the lists. */
    public Deadline {
        steps = List.copyOf(steps);
        pauses = List.copyOf(pauses);
        stepsAt = java.util.Collections.unmodifiableList(new ArrayList<>(stepsAt));
    }

    /**
     * The next instant at which something fires: the due instant or an escalation step not
     * fired yet; null when settled, paused or all fired. The storage indexes deadlines by it.
     *
     * @return the instant, or null
     */
    public Instant nextFiring() {
        if (status != Status.OPEN) {
            return null;
        }
        Instant next = missedFired ? null : due;
        for (int i = 0; i < stepsAt.size(); i++) {
            Instant at = stepsAt.get(i);
            if ((firedSteps & (1 << i)) == 0 && at != null && (next == null || at.isBefore(next))) {
                next = at;
            }
        }
        return next;
    }

    /**
     * The time paused up to an instant, from the history of pauses.
     *
     * @param now the instant
     * @param measure business or plain time
     * @return the time paused
     */
    Duration paused(Instant now, Measure measure) {
        Duration sum = Duration.ZERO;
        for (PauseInterval p : pauses) {
            Instant end = p.to() == null ? now : p.to();
            if (end.isAfter(p.from())) {
                sum = sum.plus(measure.between(p.from(), end));
            }
        }
        return sum;
    }

    /**
     * The instant at which the deadline has run for an amount of time, skipping its pauses;
     * null when a pause still open comes first.
     */
    Instant runFor(Duration amount, Measure measure) {
        Instant cursor = start;
        Duration left = amount;
        for (PauseInterval p : pauses) {
            if (p.from().isAfter(cursor)) {
                Duration available = measure.between(cursor, p.from());
                if (left.compareTo(available) <= 0) {
                    return measure.plus(cursor, left);
                }
                left = left.minus(available);
            }
            if (p.to() == null) {
                return null;
            }
            if (p.to().isAfter(cursor)) {
                cursor = p.to();
            }
        }
        return measure.plus(cursor, left);
    }

    /** The same deadline with its schedule computed again. */
    Deadline scheduled(Measure measure) {
        Instant newDue = status.isSettled() ? due : runFor(target.duration(), measure);
        List<Instant> at = new ArrayList<>(steps.size());
        for (EscalationStep s : steps) {
            at.add(status.isSettled() ? null : runFor(share(s.percent()), measure));
        }
        return new Deadline(id, subject, standard, owner, target, steps, start, pauses, status, settledAt, newDue, at,
                missedFired, firedSteps);
    }

    Duration share(int percent) {
        return target.duration().multipliedBy(percent).dividedBy(100);
    }

    Deadline with(Status newStatus, List<PauseInterval> newPauses, Instant settled) {
        return new Deadline(id, subject, standard, owner, target, steps, start, newPauses, newStatus, settled, due,
                stepsAt, missedFired, firedSteps);
    }

    Deadline with(Standard s) {
        return new Deadline(id, subject, standard, owner, s.target(), s.steps(), start, pauses, status, settledAt, due,
                stepsAt.size() == s.steps().size() ? stepsAt : java.util.Collections.nCopies(s.steps().size(), null),
                missedFired, keptBits(s.steps()));
    }

    /** The fired bits of the steps that stay the same under new steps. */
    private int keptBits(List<EscalationStep> newSteps) {
        int kept = 0;
        for (int i = 0; i < Math.min(steps.size(), newSteps.size()); i++) {
            if (steps.get(i).equals(newSteps.get(i))) {
                kept |= firedSteps & (1 << i);
            }
        }
        return kept;
    }

    Deadline fired(boolean missed, int stepBits) {
        return new Deadline(id, subject, standard, owner, target, steps, start, pauses, status, settledAt, due, stepsAt,
                missedFired || missed, firedSteps | stepBits);
    }

    /** @return true when step {@code i} has fired */
    public boolean stepFired(int i) {
        return (firedSteps & (1 << i)) != 0;
    }
}
