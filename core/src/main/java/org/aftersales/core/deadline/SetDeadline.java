package org.aftersales.core.deadline;

import java.time.Instant;
import org.aftersales.core.id.StaffId;

/**
 * Sets a deadline (C13): the subject's deadline under a standard, owned by a member of staff,
 * running from a start instant. Checked whole by {@link Deadlines#set}: every problem listed.
 *
 * @param subject what it is about
 * @param standard the code of a standard known to the service
 * @param owner who must act, a member of the staff directory
 * @param start when the time starts running
 */
public record SetDeadline(SubjectRef subject, String standard, StaffId owner, Instant start) {
}
