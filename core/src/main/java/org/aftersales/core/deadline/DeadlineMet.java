package org.aftersales.core.deadline;

import java.time.Instant;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.event.StandardOutcome;
import org.aftersales.core.id.StaffId;

/**
 * A deadline was met ({@code deadline.met}), published in the unit of work that met it. It
 * was kept when it was met no later than it was due and its miss had not been reported;
 * a deadline met while paused was kept.
 *
 * @param metadata id, time, actor and correlation (the subject's id)
 * @param deadline the deadline
 * @param subject what it is about
 * @param standard the standard's code
 * @param owner the owner
 * @param due when it was due, null when it was met while paused
 * @param metAt when it was met
 * @param kept true when met in time
 */
public record DeadlineMet(EventMetadata metadata, DeadlineId deadline, SubjectRef subject, String standard,
        StaffId owner, Instant due, Instant metAt, boolean kept) implements StandardOutcome {

    /** The stable event name. */
    public static final String TYPE = "deadline.met";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String obligation() {
        return deadline.value();
    }
}
