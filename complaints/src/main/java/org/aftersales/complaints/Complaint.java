package org.aftersales.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.statemachine.Transition;
import org.aftersales.core.store.Aggregate;

/**
 * A customer complaint (K1-K10), an immutable snapshot. It is changed only through
 * {@link ComplaintDesk}, whose commands call its package-private methods; each checks its rules
 * and returns the new snapshot with the events it caused.
 *
 * <p>Ownership (K1): whoever received it owns it until a named colleague acknowledges a
 * hand-over; a hand-over asked for and not acknowledged changes nothing. Handling (K3): the
 * {@link #stage()} moves along {@link ComplaintFlow}; every step done is in {@link #steps()}
 * with its actor and time. Time limits (K10): {@link #history()} holds every status entered,
 * from which the paused time is worked out; {@link #due()} holds when each running limit falls
 * due, as the deadlines service computed it, and {@link #nextDue()} feeds the overdue index.
 *
 * @param number the gap-free number
 * @param channel how it came in
 * @param receivedBy the first receiver
 * @param receivedAt when it was received
 * @param owner who owns it now
 * @param pendingHandOver a hand-over asked for and not yet acknowledged, or null
 * @param links the customer, and the vehicle, repair order and part it concerns
 * @param words the customer's own words
 * @param contact how to reach the customer about it, or null
 * @param cause its cause, null until classified
 * @param severity how serious
 * @param category the dealership's category code, null until classified
 * @param department the responsible department it was routed to, or null
 * @param stage where the handling stands
 * @param status where it stands for its time limits
 * @param history every status entered, oldest first
 * @param steps every handling step done, oldest first
 * @param decision the manager's decision, or null
 * @param dispute the dispute, or null
 * @param quality the quality path's record, or null
 * @param nonQuality the non-quality path's record, or null
 * @param remedies the remedies agreed
 * @param review the review, or null
 * @param firstAnsweredAt when the customer was first answered, or null
 * @param lastAnsweredAt when the customer was last answered, or null
 * @param resultToldAt when the result was told to the customer, or null
 * @param due when each running time limit falls due
 * @param missed the time limits that were missed
 * @param keptForTraining true when kept as a case for staff training
 */
public record Complaint(
        ComplaintNumber number,
        IntakeChannel channel,
        StaffId receivedBy,
        Instant receivedAt,
        StaffId owner,
        HandOver pendingHandOver,
        Links links,
        String words,
        CustomerContact contact,
        Cause cause,
        Severity severity,
        String category,
        DepartmentId department,
        Stage stage,
        Status status,
        List<StatusChange> history,
        List<StepRecord> steps,
        ManagerDecision decision,
        Dispute dispute,
        QualityHandling quality,
        NonQualityHandling nonQuality,
        List<Remedy> remedies,
        Review review,
        Instant firstAnsweredAt,
        Instant lastAnsweredAt,
        Instant resultToldAt,
        Map<Obligation, Instant> due,
        Set<Obligation> missed,
        boolean keptForTraining) implements Aggregate<ComplaintNumber> {

    /** Checks the required parts and copies the collections. */
    public Complaint {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        steps = List.copyOf(steps);
        remedies = List.copyOf(remedies);
        due = due == null || due.isEmpty() ? Map.of() : Map.copyOf(due);
        missed = missed == null || missed.isEmpty() ? Set.of() : Set.copyOf(missed);
    }

    @Override
    public ComplaintNumber id() {
        return number;
    }

    /** @return true until it is closed */
    public boolean isOpen() {
        return stage != Stage.CLOSED;
    }

    /** @return true for the quality path: classified with a quality-related cause */
    public boolean qualityRelated() {
        return cause != null && cause.qualityRelated();
    }

    /** @return the earliest instant a running time limit falls due, or null when none runs or it is closed */
    public Instant nextDue() {
        if (!isOpen()) {
            return null;
        }
        Instant min = null;
        for (Instant at : due.values()) {
            if (min == null || at.isBefore(min)) {
                min = at;
            }
        }
        return min;
    }

    /** @return true when the path its classification calls for is on record (or the complaint was not accepted) */
    boolean pathRecorded() {
        if (decision != null && !decision.accepted()) {
            return true;
        }
        return qualityRelated() ? quality != null : cause != null && nonQuality != null;
    }

    /** @return the department whose figures it counts in: the routed one, else null */
    DepartmentId responsibleDepartment() {
        if (department != null) {
            return department;
        }
        return quality != null ? quality.responsibleDepartment() : null;
    }

    // ---------------------------------------------------------------- changes

    static Changed receive(ComplaintNumber number, IntakeChannel channel, Links links, String words,
            CustomerContact contact, Severity severity, Act act) {
        Complaint c = new Complaint(number, channel, act.by(), act.at(), act.by(), null, links, words, contact, null,
                severity, null, null, Stage.LISTENING, Status.OPEN, List.of(new StatusChange(Status.OPEN, act.at(),
                        act.by())), List.of(), null, null, null, null, List.of(), null, null, null, null, Map.of(),
                Set.of(), false);
        return new Changed(c, List.of(new ComplaintEvent.Received(act.metadata(), number, channel, act.by(), links,
                words, severity)));
    }

    Changed classify(Cause newCause, Severity newSeverity, String newCategory, Act act) {
        requireOpen();
        Draft d = draft();
        d.cause = newCause;
        d.severity = newSeverity;
        d.category = newCategory;
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintEvent.Classified(act.metadata(), number, newCause, newSeverity, newCategory));
        if (newSeverity != severity) {
            events.add(new ComplaintEvent.SeverityChanged(act.metadata(), number, severity, newSeverity));
        }
        return new Changed(d.build(), events);
    }

    Changed requestHandOver(StaffId to, Act act) {
        requireOpen();
        if (!act.by().equals(owner)) {
            throw refusal("complaint.notOwner", act.by(), number, owner);
        }
        if (to.equals(owner)) {
            throw refusal("complaint.handOverToSelf", to, number);
        }
        Draft d = draft();
        d.pendingHandOver = new HandOver(owner, to, act.at());
        return new Changed(d.build(), List.of(new ComplaintEvent.HandOverRequested(act.metadata(), number, owner, to)));
    }

    Changed acknowledgeHandOver(Act act) {
        requireOpen();
        if (pendingHandOver == null) {
            throw refusal("complaint.noHandOver", number);
        }
        if (!pendingHandOver.to().equals(act.by())) {
            throw refusal("complaint.handOverNotYours", act.by(), number, pendingHandOver.to(), owner);
        }
        Draft d = draft();
        d.owner = act.by();
        d.pendingHandOver = null;
        return new Changed(d.build(), List.of(new ComplaintEvent.HandedOver(act.metadata(), number, owner, act.by())));
    }

    /**
     * Takes a handling step. {@code withData} is this complaint with the step's own data
     * recorded (the remedies of {@code RESOLVE}, the review of {@code REVIEW}); the flow's
     * guards read it. {@code ownerDepartment} is where a closed complaint counts when it was
     * never routed.
     */
    Changed take(Step step, String note, Complaint withData, DepartmentId ownerDepartment, Act act) {
        Transition<Stage, Step> t = ComplaintFlow.DEFINITION.fireOrThrow(stage, step, withData);
        Draft d = withData.draft();
        d.stage = t.to();
        d.steps.add(new StepRecord(step, act.by(), act.at(), note));
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintEvent.StepTaken(act.metadata(), number, step, t.to(), note));
        Status next = switch (step) {
            case RESOLVE -> Status.RESOLVED;
            case CLOSE -> Status.CLOSED;
            default -> status;
        };
        if (step == Step.RESOLVE && d.firstAnsweredAt == null) {
            d.firstAnsweredAt = act.at();
            d.lastAnsweredAt = act.at();
        }
        if (next != status) {
            d.status = next;
            d.history.add(new StatusChange(next, act.at(), act.by()));
            events.add(new ComplaintEvent.StatusChanged(act.metadata(), number, status, next));
        }
        if (step == Step.CLOSE) {
            d.due.clear();
            Complaint closed = d.build();
            DepartmentId counted = closed.responsibleDepartment() != null ? closed.responsibleDepartment() : ownerDepartment;
            events.add(new ComplaintEvent.Closed(act.metadata(), number, owner, counted, cause,
                    category, firstAnsweredAt != null && !missed.contains(Obligation.FIRST_ANSWER),
                    !missed.contains(Obligation.RESOLUTION)));
            return new Changed(closed, events);
        }
        return new Changed(d.build(), events);
    }

    Complaint withRemedies(List<Remedy> agreed) {
        Draft d = draft();
        d.remedies.addAll(agreed);
        return d.build();
    }

    Complaint withReview(Review done) {
        Draft d = draft();
        d.review = done;
        return d.build();
    }

    Changed route(DepartmentId to, String routing, Act act) {
        requireOpen();
        Draft d = draft();
        d.department = to;
        return new Changed(d.build(), List.of(new ComplaintEvent.Routed(act.metadata(), number, to, routing)));
    }

    /** The customer is answered; {@code late} tells whether the limit this answer meets had passed. */
    Changed answer(boolean late, Act act) {
        requireOpen();
        Draft d = draft();
        boolean first = firstAnsweredAt == null;
        if (first) {
            d.firstAnsweredAt = act.at();
        }
        d.lastAnsweredAt = act.at();
        Obligation which = first ? Obligation.FIRST_ANSWER : Obligation.UPDATE;
        boolean inTime = !late && !missed.contains(which);
        if (late) {
            d.missed.add(which);
        }
        return new Changed(d.build(), List.of(new ComplaintEvent.Answered(act.metadata(), number, first, inTime)));
    }

    Changed changeStatus(Status to, Act act) {
        requireOpen();
        boolean allowed = (to.pausing() && status == Status.OPEN)
                || (to == Status.OPEN && status.pausing())
                || (to.pausing() && status.pausing() && to != status);
        if (!allowed) {
            throw refusal("complaint.status", number, status, to);
        }
        Draft d = draft();
        d.status = to;
        d.history.add(new StatusChange(to, act.at(), act.by()));
        return new Changed(d.build(), List.of(new ComplaintEvent.StatusChanged(act.metadata(), number, status, to)));
    }

    Changed decide(boolean accepted, String handling, Act act) {
        requireOpen();
        Draft d = draft();
        d.decision = new ManagerDecision(act.by(), accepted, handling, act.at());
        return new Changed(d.build(), List.of(new ComplaintEvent.Decided(act.metadata(), number, d.decision)));
    }

    Changed openDispute(StaffId coordinator, String terms, Act act) {
        requireOpen();
        Draft d = draft();
        d.dispute = new Dispute(coordinator, terms, act.by(), act.at());
        return new Changed(d.build(), List.of(new ComplaintEvent.DisputeOpened(act.metadata(), number, d.dispute)));
    }

    Changed recordQuality(QualityHandling handling, Act act) {
        requireOpen();
        if (!qualityRelated()) {
            throw refusal("complaint.wrongPath", number, cause == null ? "-" : cause, "quality");
        }
        Draft d = draft();
        d.quality = quality == null ? handling : handling.withCosts(quality.costs());
        return new Changed(d.build(), List.of(new ComplaintEvent.QualityRecorded(act.metadata(), number, d.quality)));
    }

    Changed recordCosts(List<Cost> costs, Act act) {
        requireOpen();
        if (quality == null) {
            throw refusal("complaint.noQualityRecord", number);
        }
        List<Cost> all = new ArrayList<>(quality.costs());
        all.addAll(costs);
        Draft d = draft();
        d.quality = quality.withCosts(all);
        return new Changed(d.build(), List.of(new ComplaintEvent.CostsRecorded(act.metadata(), number, all)));
    }

    Changed reviewFinance(Act act) {
        requireOpen();
        if (quality == null || quality.costs().isEmpty()) {
            throw refusal("complaint.noCosts", number);
        }
        Draft d = draft();
        d.quality = quality.reviewed(act.by(), act.at());
        return new Changed(d.build(), List.of(new ComplaintEvent.FinanceReviewed(act.metadata(), number, act.by())));
    }

    Changed recordNonQuality(NonQualityHandling handling, Act act) {
        requireOpen();
        if (cause == null || qualityRelated()) {
            throw refusal("complaint.wrongPath", number, cause == null ? "-" : cause, "non-quality");
        }
        Draft d = draft();
        d.nonQuality = handling;
        return new Changed(d.build(), List.of(new ComplaintEvent.NonQualityRecorded(act.metadata(), number, handling)));
    }

    Changed tellResult(String how, Act act) {
        requireOpen();
        if (stage != Stage.REVIEWING) {
            throw refusal("complaint.nothingToTell", number, stage);
        }
        Draft d = draft();
        d.resultToldAt = act.at();
        return new Changed(d.build(), List.of(new ComplaintEvent.ResultTold(act.metadata(), number, how)));
    }

    Changed keepForTraining(String reason, Act act) {
        if (isOpen()) {
            throw refusal("complaint.stillOpen", number);
        }
        Draft d = draft();
        d.keptForTraining = true;
        return new Changed(d.build(), List.of(new ComplaintEvent.KeptForTraining(act.metadata(), number, reason)));
    }

    Changed escalated(Obligation obligation, int percent, StaffId recipient, boolean customerTold, boolean missedNow,
            Act act) {
        Draft d = draft();
        if (missedNow) {
            d.missed.add(obligation);
        }
        return new Changed(d.build(), List.of(new ComplaintEvent.Escalated(act.metadata(), number, obligation, percent,
                recipient, customerTold)));
    }

    Complaint missed(Obligation obligation) {
        Draft d = draft();
        d.missed.add(obligation);
        return d.build();
    }

    Complaint withDue(Map<Obligation, Instant> running) {
        Draft d = draft();
        d.due.clear();
        d.due.putAll(running);
        return d.build();
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw refusal("complaint.closed", number);
        }
    }

    static BusinessRuleException refusal(String rule, Object... args) {
        return new BusinessRuleException(rule, ComplaintMessages.MESSAGES.text(rule, args), null);
    }

    private Draft draft() {
        return new Draft(this);
    }

    /** A mutable copy, used only inside the change methods. */
    private static final class Draft {
        final Complaint from;
        StaffId owner;
        HandOver pendingHandOver;
        Cause cause;
        Severity severity;
        String category;
        DepartmentId department;
        Stage stage;
        Status status;
        final List<StatusChange> history;
        final List<StepRecord> steps;
        ManagerDecision decision;
        Dispute dispute;
        QualityHandling quality;
        NonQualityHandling nonQuality;
        final List<Remedy> remedies;
        Review review;
        Instant firstAnsweredAt;
        Instant lastAnsweredAt;
        Instant resultToldAt;
        final Map<Obligation, Instant> due = new EnumMap<>(Obligation.class);
        final Set<Obligation> missed = EnumSet.noneOf(Obligation.class);
        boolean keptForTraining;

        Draft(Complaint c) {
            from = c;
            owner = c.owner;
            pendingHandOver = c.pendingHandOver;
            cause = c.cause;
            severity = c.severity;
            category = c.category;
            department = c.department;
            stage = c.stage;
            status = c.status;
            history = new ArrayList<>(c.history);
            steps = new ArrayList<>(c.steps);
            decision = c.decision;
            dispute = c.dispute;
            quality = c.quality;
            nonQuality = c.nonQuality;
            remedies = new ArrayList<>(c.remedies);
            review = c.review;
            firstAnsweredAt = c.firstAnsweredAt;
            lastAnsweredAt = c.lastAnsweredAt;
            resultToldAt = c.resultToldAt;
            due.putAll(c.due);
            missed.addAll(c.missed);
            keptForTraining = c.keptForTraining;
        }

        Complaint build() {
            return new Complaint(from.number, from.channel, from.receivedBy, from.receivedAt, owner, pendingHandOver,
                    from.links, from.words, from.contact, cause, severity, category, department, stage, status, history,
                    steps, decision, dispute, quality, nonQuality, remedies, review, firstAnsweredAt, lastAnsweredAt,
                    resultToldAt, due, missed, keptForTraining);
        }
    }
}
