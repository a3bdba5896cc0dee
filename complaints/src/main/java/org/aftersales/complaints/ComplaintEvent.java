package org.aftersales.complaints;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * What happened to a complaint (K1-K10). Every event has a stable {@link #type() name}, such as
 * {@code complaint.received}, registered with its class in {@link #TYPES}, so that any store
 * can write it and read it back and scoring can count it by name. The correlation id of each
 * is the complaint's number.
 */
public sealed interface ComplaintEvent extends DomainEvent {

    /** @return the complaint */
    ComplaintNumber number();

    /** Every complaint event's stable name with its class. */
    Map<String, Class<? extends ComplaintEvent>> TYPES = List.<Class<? extends ComplaintEvent>>of(
            Received.class, Classified.class, HandOverRequested.class, HandedOver.class, StepTaken.class,
            Routed.class, Answered.class, StatusChanged.class, SeverityChanged.class, Decided.class,
            DisputeOpened.class, QualityRecorded.class, CostsRecorded.class, FinanceReviewed.class,
            NonQualityRecorded.class, ResultTold.class, Escalated.class, Closed.class, KeptForTraining.class)
            .stream().collect(Collectors.toUnmodifiableMap(ComplaintEvent::typeOf, Function.identity()));

    private static String typeOf(Class<? extends ComplaintEvent> type) {
        try {
            return (String) type.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no TYPE", e);
        }
    }

    /**
     * A complaint was received and numbered ({@code complaint.received}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param channel how it came in
     * @param receivedBy the first receiver, who owns it
     * @param links what it is about
     * @param words the customer's own words
     * @param severity the severity it started with
     */
    record Received(EventMetadata metadata, ComplaintNumber number, IntakeChannel channel, StaffId receivedBy,
            Links links, String words, Severity severity) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.received";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A complaint was classified ({@code complaint.classified}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param cause what it is about
     * @param severity how serious
     * @param category the dealership's category code
     */
    record Classified(EventMetadata metadata, ComplaintNumber number, Cause cause, Severity severity, String category)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.classified";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The owner asked a colleague to take the complaint over ({@code complaint.hand-over-requested}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param from the owner
     * @param to the colleague
     */
    record HandOverRequested(EventMetadata metadata, ComplaintNumber number, StaffId from, StaffId to)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.hand-over-requested";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The colleague acknowledged the hand-over and owns the complaint now ({@code complaint.handed-over}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param from the former owner
     * @param to the new owner
     */
    record HandedOver(EventMetadata metadata, ComplaintNumber number, StaffId from, StaffId to)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.handed-over";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A handling step was done ({@code complaint.step-taken}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param step the step
     * @param stage where the handling stands afterwards
     * @param note what was recorded
     */
    record StepTaken(EventMetadata metadata, ComplaintNumber number, Step step, Stage stage, String note)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.step-taken";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The complaint was routed to the responsible department; the owner stays accountable
     * ({@code complaint.routed}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param department the responsible department
     * @param routing the id of the routing plugin that chose it
     */
    record Routed(EventMetadata metadata, ComplaintNumber number, DepartmentId department, String routing)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.routed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The customer was answered ({@code complaint.answered}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param first true for the first answer
     * @param inTime true when the answer came within its target
     */
    record Answered(EventMetadata metadata, ComplaintNumber number, boolean first, boolean inTime)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.answered";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The complaint's status changed ({@code complaint.status-changed}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param from the status before
     * @param to the status now
     */
    record StatusChanged(EventMetadata metadata, ComplaintNumber number, Status from, Status to)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.status-changed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The severity changed, and with it the time limits, recomputed from the start
     * ({@code complaint.severity-changed}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param from the severity before
     * @param to the severity now
     */
    record SeverityChanged(EventMetadata metadata, ComplaintNumber number, Severity from, Severity to)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.severity-changed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The manager decided on acceptance and handling ({@code complaint.decided}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param decision the decision
     */
    record Decided(EventMetadata metadata, ComplaintNumber number, ManagerDecision decision)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.decided";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A dispute was opened with a coordinator under the contract's terms ({@code complaint.dispute-opened}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param dispute the dispute
     */
    record DisputeOpened(EventMetadata metadata, ComplaintNumber number, Dispute dispute) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.dispute-opened";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The quality path's analysis and responsibility were recorded ({@code complaint.quality-recorded}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param handling what was recorded
     */
    record QualityRecorded(EventMetadata metadata, ComplaintNumber number, QualityHandling handling)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.quality-recorded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The costs of the quality path were recorded and allocated ({@code complaint.costs-recorded}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param costs all costs now recorded
     */
    record CostsRecorded(EventMetadata metadata, ComplaintNumber number, List<Cost> costs) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.costs-recorded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * Finance reviewed the costs and their allocation ({@code complaint.finance-reviewed}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param reviewer who reviewed
     */
    record FinanceReviewed(EventMetadata metadata, ComplaintNumber number, StaffId reviewer)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.finance-reviewed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The non-quality path was recorded ({@code complaint.non-quality-recorded}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param handling what was recorded
     */
    record NonQualityRecorded(EventMetadata metadata, ComplaintNumber number, NonQualityHandling handling)
            implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.non-quality-recorded";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The result was told to the customer ({@code complaint.result-told}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param how how and what the customer was told
     */
    record ResultTold(EventMetadata metadata, ComplaintNumber number, String how) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.result-told";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A time limit's escalation step was reached and someone was told ({@code complaint.escalated}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param obligation which limit
     * @param percent the share of the target reached
     * @param recipient who was told
     * @param customerTold true when a message to the customer was queued as well
     */
    record Escalated(EventMetadata metadata, ComplaintNumber number, Obligation obligation, int percent,
            StaffId recipient, boolean customerTold) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.escalated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * The complaint was closed ({@code complaint.closed}); carries what statistics and
     * scoring count.
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param owner who owned it at the end
     * @param department the responsible department, or the owner's
     * @param cause its cause
     * @param category its category
     * @param answeredInTime true when the first answer met its target
     * @param resolvedInTime true when the resolution met its target
     */
    record Closed(EventMetadata metadata, ComplaintNumber number, StaffId owner, DepartmentId department, Cause cause,
            String category, boolean answeredInTime, boolean resolvedInTime) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.closed";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A well-handled case was kept for staff training ({@code complaint.kept-for-training}).
     *
     * @param metadata id, time, actor, correlation
     * @param number the complaint
     * @param reason why it is worth learning from
     */
    record KeptForTraining(EventMetadata metadata, ComplaintNumber number, String reason) implements ComplaintEvent {
        /** The stable name. */
        public static final String TYPE = "complaint.kept-for-training";

        @Override
        public String type() {
            return TYPE;
        }
    }
}
