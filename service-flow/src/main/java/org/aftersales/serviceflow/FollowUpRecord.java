package org.aftersales.serviceflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;

/**
 * The follow-up calls of one repair order (F13), kept beside the order under its id: every
 * call, answered or not, the return visit booked for an unhappy customer, and the lesson when
 * the case was marked for training. Immutable; {@link ServiceDesk} changes it in the unit of
 * work of the call.
 *
 * @param id the repair order
 * @param advisor the advisor who owned the order
 * @param calls every call, oldest first
 * @param returnVisit the appointment booked for a re-inspection or rework; null when none
 * @param returnKind what the return visit is for; null when none
 * @param trainingLesson why the case is kept for training; null when it is not
 * @param markedBy who marked it for training; null when nobody did
 */
public record FollowUpRecord(RepairOrderId id, StaffId advisor, List<Call> calls, AppointmentId returnVisit,
        Commands.ReturnVisit.Kind returnKind, String trainingLesson, StaffId markedBy)
        implements Aggregate<RepairOrderId> {

    /**
     * One call.
     *
     * @param at when it was made
     * @param by who called
     * @param reached whether the customer answered
     * @param satisfaction the score on the desk's scale; null when not reached
     * @param remarks the customer's words; null when not reached
     * @param tags the codes of the remark tags
     */
    public record Call(Instant at, StaffId by, boolean reached, Integer satisfaction, String remarks,
            List<String> tags) {

        /** Copies the tags. */
        public Call {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** Checks the id and copies the calls. */
    public FollowUpRecord {
        Objects.requireNonNull(id, "id");
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    static FollowUpRecord none(RepairOrderId order, StaffId advisor) {
        return new FollowUpRecord(order, advisor, List.of(), null, null, null, null);
    }

    /** @return the last call that reached the customer, if any */
    public Optional<Call> lastReached() {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).reached()) {
                return Optional.of(calls.get(i));
            }
        }
        return Optional.empty();
    }

    /** @return how many calls did not reach the customer */
    public long unreached() {
        return calls.stream().filter(c -> !c.reached()).count();
    }

    FollowUpRecord with(Call call) {
        List<Call> more = new ArrayList<>(calls);
        more.add(call);
        return new FollowUpRecord(id, advisor, more, returnVisit, returnKind, trainingLesson, markedBy);
    }

    FollowUpRecord returning(AppointmentId appointment, Commands.ReturnVisit.Kind kind) {
        return new FollowUpRecord(id, advisor, calls, appointment, kind, trainingLesson, markedBy);
    }

    FollowUpRecord forTraining(String lesson, StaffId by) {
        return new FollowUpRecord(id, advisor, calls, returnVisit, returnKind, lesson, by);
    }
}
