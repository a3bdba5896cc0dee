package org.aftersales.serviceflow.blueprint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.party.Role;

/**
 * A timed standard of the blueprint (F15, C13): which events start its deadline, meet it,
 * cancel it, pause it and resume it; how long it runs and how that time is counted; who is
 * responsible. The service desk applies every timed standard the same way, from the events
 * each command caused: one mechanism for all of them.
 *
 * <p>The deadline's subject is {@code subjectKind} with the event's subject id, or with the
 * event's detail named {@code subjectKey} when one is given (a car waiting at reception has no
 * order yet: its plate names it). The deadline starts when the starting event happened, or,
 * with an {@code anchor}, at the instant held in that detail of the starting event less
 * {@code before} (the reconfirmation call is due before the expected arrival).
 *
 * @param code the standard's code, as {@link Standard#code()}
 * @param role who is responsible
 * @param text what the standard asks, in English and Chinese
 * @param subjectKind the kind of the deadline's subject, such as {@code repair-order}
 * @param subjectKey the event detail that names the subject, or null for the event's subject
 * @param measure how its time is counted
 * @param within how long it runs, positive
 * @param anchor the event detail holding the instant the start is counted back from, or null
 * @param before how long before the anchor the deadline starts; zero without an anchor
 * @param startOn the event names that start (or restart) it
 * @param metBy the event names that meet it
 * @param cancelledBy the event names that cancel it
 * @param pausedBy the event names that pause it
 * @param resumedBy the event names that resume it
 * @param steps its escalation steps
 */
public record TimedStandard(String code, Role role, LocalizedText text, String subjectKind, String subjectKey,
        Measure measure, Duration within, String anchor, Duration before, List<String> startOn, List<String> metBy,
        List<String> cancelledBy, List<String> pausedBy, List<String> resumedBy, List<EscalationStep> steps) {

    /** How a timed standard counts its time. */
    public enum Measure {
        /** Around the clock. */
        PLAIN,
        /** Only while the department is open. */
        OPENING_HOURS,
        /** Around the clock on the department's working days only ({@code P3D}: three working days). */
        WORKING_DAYS
    }

    /** Checks the required parts and copies the lists. */
    public TimedStandard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(within, "within");
        before = before == null ? Duration.ZERO : before;
        startOn = List.copyOf(startOn);
        metBy = List.copyOf(metBy);
        cancelledBy = List.copyOf(cancelledBy);
        pausedBy = List.copyOf(pausedBy);
        resumedBy = List.copyOf(resumedBy);
        steps = List.copyOf(steps);
    }

    /**
     * The core standard the deadline service runs.
     *
     * @param department the department whose calendar counts business time
     * @return the standard
     */
    public Standard standard(DepartmentId department) {
        Target target = switch (measure) {
            case PLAIN -> Target.plain(within);
            case OPENING_HOURS -> Target.business(department, within);
            case WORKING_DAYS -> new Target(within, department, true);
        };
        return new Standard(code, target, steps);
    }

    /**
     * @param eventType an event's name
     * @return true when the event starts, meets, cancels, pauses or resumes this standard
     */
    public boolean concerns(String eventType) {
        return startOn.contains(eventType) || metBy.contains(eventType) || cancelledBy.contains(eventType)
                || pausedBy.contains(eventType) || resumedBy.contains(eventType);
    }

    /**
     * @param eventSubject the event's subject id
     * @param details the event's details
     * @return the id of the deadline's subject, or null when the event does not name it
     */
    public String subjectId(String eventSubject, Map<String, String> details) {
        return subjectKey == null ? eventSubject : details.get(subjectKey);
    }

    /**
     * @param occurredAt when the starting event happened
     * @param details its details
     * @return when the deadline starts running
     * @throws java.time.format.DateTimeParseException when the anchor detail is not an instant
     */
    public Instant start(Instant occurredAt, Map<String, String> details) {
        if (anchor == null || details.get(anchor) == null) {
            return occurredAt;
        }
        return Instant.parse(details.get(anchor)).minus(before);
    }

    /**
     * @param lead how long before the anchor the deadline starts
     * @return this standard with another lead
     */
    public TimedStandard withBefore(Duration lead) {
        return new TimedStandard(code, role, text, subjectKind, subjectKey, measure, within, anchor, lead, startOn,
                metBy, cancelledBy, pausedBy, resumedBy, steps);
    }
}
