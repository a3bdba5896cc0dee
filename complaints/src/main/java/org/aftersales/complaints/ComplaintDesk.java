package org.aftersales.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import org.aftersales.complaints.spi.ComplaintRouting;
import org.aftersales.complaints.spi.RoutingQuestion;
import org.aftersales.complaints.spi.SlaPolicy;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.MessageTemplate;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.validation.BoundaryValidator;

/**
 * The entry point of complaint handling (K1-K10). One command is one unit of work: the command
 * is checked, the complaint loaded, changed through its own methods, saved with its expected
 * version, its events published, its time limits set, paused, met or recomputed through core's
 * {@link Deadlines}, all together or not at all. Thread-safe.
 *
 * <pre>{@code
 * Notifications outbox = Notifications.builder().storage(storage).clock(clock)
 *         .templates(Templates.standardPhrases().with(ComplaintDesk.templates())).sender(...).build();
 * ComplaintEscalation escalation = ComplaintEscalation.of(outbox, staff, clock, calendar.zone());
 * Deadlines deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
 *         .listener(escalation).build();
 * ComplaintDesk desk = ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar)
 *         .staff(staff).deadlines(deadlines).notifications(outbox).department(CUSTOMER_CARE).build();
 * Complaint c = desk.receive(new ComplaintCommand.Receive(wang, IntakeChannel.PHONE, links, words, null, null));
 * ...
 * deadlines.due(clock.instant());        // from the embedder's scheduler: escalations, each once
 * outbox.deliverPending(clock.instant());
 * }</pre>
 *
 * <p><b>Time limits.</b> Each complaint has a first-answer, an update and a resolution limit
 * (K10), set as deadlines under standards named {@code complaint.<limit>.<severity>} from the
 * {@link SlaPolicy}, counted in business time on the calendar of the desk's
 * {@link Builder#department(DepartmentId) department}, in the calendar's zone whatever the
 * viewer's. Waiting for the customer or for parts pauses them; the paused time is read from
 * the complaint's status history ({@link #pausedTime}), and a limit restarted after a change of
 * severity replays the pauses from that history. A change of policy ({@link #usePolicy}) or of
 * severity recomputes from the start.
 */
public final class ComplaintDesk {

    /** Complaint numbers: {@code CP-2026-000001}, gap-free, restarting every year. */
    public static final SequenceFormat NUMBERS = SequenceFormat.yearly("complaint", "CP", 6);
    /** The subject kind of complaint deadlines and notifications. */
    public static final String SUBJECT_KIND = "complaint";
    /** Open complaints by the earliest instant a running limit falls due: the overdue list's index. */
    public static final Index<Complaint, Instant> BY_NEXT_DUE = Index.sorted("next-due", Complaint::nextDue);
    /** Open complaints, all under the key {@code open}. */
    public static final Index<Complaint, String> OPEN = Index.exact("open", c -> c.isOpen() ? "open" : null);
    /** Complaints by customer id, for repeat complainers. */
    public static final Index<Complaint, String> BY_CUSTOMER =
            Index.exact("customer", c -> c.links().customer().value());
    /** How complaints are stored. */
    public static final AggregateType<ComplaintNumber, Complaint> TYPE = AggregateType
            .of("complaint", ComplaintNumber.class, Complaint.class)
            .withIndex(BY_NEXT_DUE).withIndex(OPEN).withIndex(BY_CUSTOMER);

    private final Storage storage;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final StaffDirectory staff;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final DepartmentId department;
    private final PluginHost<ComplaintRouting> routing;
    private final EventContext events;
    private final BoundaryValidator validator;
    private final TrackingLog trackingLog;
    private volatile SlaPolicy policy;

    private ComplaintDesk(Builder b, SlaPolicy policy, PluginHost<ComplaintRouting> routing) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.calendar = b.calendar;
        this.staff = b.staff;
        this.deadlines = b.deadlines;
        this.notifications = b.notifications;
        this.department = b.department;
        this.routing = routing;
        this.policy = policy;
        this.events = EventContext.of(b.clock);
        this.validator = BoundaryValidator.create(ComplaintMessages.MESSAGES);
        this.trackingLog = new TrackingLog();
    }

    /** @return a builder; storage, clock, calendar, staff, deadlines, notifications and department are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The message templates the desk and {@link ComplaintEscalation} queue, in English and
     * Chinese: {@code complaint.escalation-staff} and {@code complaint.escalation-customer}.
     * Our wording; add them to the outbox's templates, or replace them with your own under
     * the same codes.
     *
     * @return the templates
     */
    public static Templates templates() {
        return Templates.of(List.of(
                new MessageTemplate(ComplaintEscalation.STAFF_MESSAGE, List.of("number", "limit", "percent", "due"),
                        "Complaint {number}: {percent}% of its {limit} time limit has passed; due {due}.",
                        "投诉{number}：{limit}时限已用去{percent}%，到期时间{due}。"),
                new MessageTemplate(ComplaintEscalation.CUSTOMER_MESSAGE, List.of("number"),
                        "We are sorry that your complaint {number} is taking longer than we promised. A manager is"
                                + " now looking after it and will contact you soon.",
                        "很抱歉，您的投诉{number}未能在承诺的时间内处理完毕。现已由经理亲自跟进，将尽快与您联系。")));
    }

    /**
     * The code of the deadline standard of a limit and severity.
     *
     * @param obligation the limit
     * @param severity the severity
     * @return the code, such as {@code complaint.first-answer.normal}
     */
    public static String standardCode(Obligation obligation, Severity severity) {
        return SUBJECT_KIND + "." + obligation.code() + "." + severity.code();
    }

    /** @return the tracking log read model, subscribed to the storage's events */
    public TrackingLog trackingLog() {
        return trackingLog;
    }

    /** @return the SLA policy in use */
    public SlaPolicy policy() {
        return policy;
    }

    // ---------------------------------------------------------------- intake and classification

    /**
     * Records a complaint (K1): numbers it without gaps, makes the receiver its owner, starts
     * its first-answer and resolution limits, and lists it in the tracking log.
     *
     * @param command the command
     * @return the complaint
     * @throws org.aftersales.core.error.ValidationException listing every problem; nothing is stored
     */
    public Complaint receive(ComplaintCommand.Receive command) {
        check(command);
        return storage.inUnitOfWork(work -> {
            ComplaintNumber number = ComplaintNumber.of(work.sequence(NUMBERS).next().text());
            Changed changed = Complaint.receive(number, command.channel(), command.links(), command.words(),
                    command.contact(), command.severity() == null ? Severity.NORMAL : command.severity(),
                    act(command.by(), number));
            Complaint c = changed.complaint();
            for (Obligation o : List.of(Obligation.FIRST_ANSWER, Obligation.RESOLUTION)) {
                start(work, c, o, c.receivedAt());
            }
            return store(work, c.withDue(running(work, c)), Versioned.NEW, changed.events());
        });
    }

    /**
     * Classifies a complaint (K2); a new severity recomputes its limits from the start.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint classify(ComplaintCommand.Classify command) {
        return on(command, (c, act) -> c.classify(command.cause(), command.severity(), command.category(), act),
                this::restartOnSeverity);
    }

    /**
     * Changes the severity (K10): every running limit is recomputed from its start under the
     * new severity's targets, with the pauses of the status history.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint changeSeverity(ComplaintCommand.ChangeSeverity command) {
        return on(command, (c, act) -> c.cause() == null
                ? severityOnly(c, command.severity(), act)
                : c.classify(c.cause(), command.severity(), c.category(), act), this::restartOnSeverity);
    }

    private static Changed severityOnly(Complaint c, Severity to, Act act) {
        Changed changed = c.classify(null, to, null, act);
        return new Changed(changed.complaint(), changed.events().stream()
                .filter(e -> e instanceof ComplaintEvent.SeverityChanged).toList());
    }

    // ---------------------------------------------------------------- ownership

    /**
     * The owner asks a colleague to take over (K1); the owner keeps it until acknowledged.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint requestHandOver(ComplaintCommand.RequestHandOver command) {
        return on(command, (c, act) -> {
            Violations v = ComplaintMessages.violations();
            known(v, "to", command.to());
            v.throwIfPresent();
            return c.requestHandOver(command.to(), act);
        }, NO_EFFECT);
    }

    /**
     * The named colleague acknowledges the hand-over and owns the complaint (K1).
     *
     * @param command the command
     * @return the complaint
     * @throws org.aftersales.core.error.BusinessRuleException {@code complaint.handOverNotYours}
     *     when someone else acknowledges, {@code complaint.noHandOver} when none was asked for
     */
    public Complaint acknowledgeHandOver(ComplaintCommand.AcknowledgeHandOver command) {
        return on(command, (c, act) -> c.acknowledgeHandOver(act), NO_EFFECT);
    }

    // ---------------------------------------------------------------- the six steps

    /**
     * Step 1 (K3).
     *
     * @param command the command
     * @return the complaint
     * @throws org.aftersales.core.error.IllegalTransitionException when out of order
     */
    public Complaint listen(ComplaintCommand.Listen command) {
        return step(command, Step.LISTEN, command.account(), c -> c);
    }

    /**
     * Step 2 (K3); needs the complaint classified.
     *
     * @param command the command
     * @return the complaint
     * @throws org.aftersales.core.error.IllegalTransitionException when out of order or unclassified
     */
    public Complaint analyse(ComplaintCommand.Analyse command) {
        return step(command, Step.ANALYSE, command.findings() + "\n" + command.customerWants(), c -> c);
    }

    /**
     * Step 3 (K3); needs the manager's decision. With {@code route}, the routing plugins name
     * the responsible department and the complaint is routed there; the owner stays
     * accountable.
     *
     * @param command the command
     * @return the complaint
     * @throws PluginFailureException naming a routing plugin that threw; nothing is stored
     */
    public Complaint findSolution(ComplaintCommand.FindSolution command) {
        return on(command, (c, act) -> {
            Changed stepped = c.take(Step.FIND_SOLUTION, command.solution(), c, ownerDepartment(c), act);
            if (!command.route()) {
                return stepped;
            }
            RoutingQuestion q = new RoutingQuestion(c.number(), c.cause(), c.severity(), c.category(),
                    ownerDepartment(c));
            for (ComplaintRouting r : routing.plugins()) {
                Optional<DepartmentId> to = PluginHost.call(r, p -> p.route(q));
                if (to != null && to.isPresent()) {
                    Changed routed = stepped.complaint().route(to.get(), r.id(), act);
                    List<ComplaintEvent> all = new ArrayList<>(stepped.events());
                    all.addAll(routed.events());
                    return new Changed(routed.complaint(), all);
                }
            }
            return stepped;
        }, NO_EFFECT);
    }

    /**
     * Step 4 (K3, K8): the apology and the agreed remedies; meets the resolution limit (a
     * complaint paused until now keeps its paused time) and ends the update limit.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint resolve(ComplaintCommand.Resolve command) {
        return on(command, (c, act) -> {
            Changed taken = c.take(Step.RESOLVE, command.apology(), c.withRemedies(command.remedies()),
                    ownerDepartment(c), act);
            Complaint after = taken.complaint();
            if (c.firstAnsweredAt() == null && late(c, Obligation.FIRST_ANSWER, act.at())) {
                after = after.missed(Obligation.FIRST_ANSWER);
            }
            if (late(c, Obligation.RESOLUTION, act.at())) {
                after = after.missed(Obligation.RESOLUTION);
            }
            return new Changed(after, taken.events());
        }, (work, before, after, at) -> {
                    meet(work, before, Obligation.FIRST_ANSWER, at);
                    meet(work, before, Obligation.RESOLUTION, at);
                    cancel(work, before, Obligation.UPDATE, at);
                });
    }

    /**
     * Step 5 (K3): an emergency measure, at any stage before closing.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint takeEmergencyMeasure(ComplaintCommand.TakeEmergencyMeasure command) {
        return step(command, Step.EMERGENCY_MEASURE, command.measure(), c -> c);
    }

    /**
     * Step 6 (K3): the review.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint review(ComplaintCommand.RecordReview command) {
        return on(command, (c, act) -> c.take(Step.REVIEW, command.rootCause(),
                c.withReview(new Review(command.rootCause(), command.lesson(), command.preventiveAction(), act.by(),
                        act.at())), ownerDepartment(c), act), NO_EFFECT);
    }

    /**
     * Closes the complaint (K7): refused, with the reasons in both languages, without the
     * review, without the result told to the customer, with a hand-over unacknowledged, or on
     * the quality path with costs finance has not reviewed. Ends every limit still running.
     *
     * @param command the command
     * @return the complaint
     * @throws org.aftersales.core.error.IllegalTransitionException naming the refusing guards
     */
    public Complaint close(ComplaintCommand.Close command) {
        return on(command, (c, act) -> c.take(Step.CLOSE, null, c, ownerDepartment(c), act),
                (work, before, after, at) -> {
                    for (Obligation o : Obligation.values()) {
                        cancel(work, before, o, at);
                    }
                });
    }

    private Complaint step(ComplaintCommand.OnComplaint command, Step step, String note,
            java.util.function.UnaryOperator<Complaint> withData) {
        return on(command, (c, act) -> c.take(step, note, withData.apply(c), ownerDepartment(c), act), NO_EFFECT);
    }

    // ---------------------------------------------------------------- time limits

    /**
     * An answer to the customer (K10): the first meets the first-answer limit; each answer
     * restarts the update limit until the complaint is resolved.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint answer(ComplaintCommand.Answer command) {
        return on(command, (c, act) -> c.answer(c.status() != Status.RESOLVED && late(c, c.firstAnsweredAt() == null
                ? Obligation.FIRST_ANSWER : Obligation.UPDATE, act.at()), act), (work, before, after, at) -> {
            meet(work, before, Obligation.FIRST_ANSWER, at);
            meet(work, before, Obligation.UPDATE, at);
            if (after.status() != Status.RESOLVED) {
                start(work, after, Obligation.UPDATE, at);
            }
        });
    }

    /**
     * Puts a complaint on hold or back to open (K10): its running limits pause or resume.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint changeStatus(ComplaintCommand.ChangeStatus command) {
        return on(command, (c, act) -> c.changeStatus(command.status(), act), (work, before, after, at) -> {
            for (Obligation o : Obligation.values()) {
                Optional<Deadline> d = current(work, before, o);
                if (d.isEmpty()) {
                    continue;
                }
                if (after.status().pausing() && d.get().status() == Deadline.Status.OPEN) {
                    deadlines.pause(work, d.get().id(), at);
                } else if (!after.status().pausing() && d.get().status() == Deadline.Status.PAUSED) {
                    deadlines.resume(work, d.get().id(), at);
                }
            }
        });
    }

    /**
     * The open complaints whose earliest running limit fell due by {@code now}, answered from
     * the {@link #BY_NEXT_DUE} index, earliest first.
     *
     * @param now the instant
     * @return the overdue complaints
     */
    public List<Complaint> overdue(Instant now) {
        return storage.repository(TYPE).findRange(BY_NEXT_DUE, null, now.plusNanos(1)).stream()
                .map(Versioned::value).toList();
    }

    /**
     * The business time a complaint has stood still up to an instant, read from its status
     * history: every stretch spent in a pausing status, measured on the desk's calendar. A
     * complaint that went from a pausing status straight to resolved keeps that stretch.
     *
     * @param complaint the complaint
     * @param now the instant; a pause still lasting counts up to it
     * @return the paused business time
     */
    public Duration pausedTime(Complaint complaint, Instant now) {
        Duration total = Duration.ZERO;
        for (Instant[] p : pauses(complaint, now)) {
            total = total.plus(calendar.between(department, p[0], p[1]));
        }
        return total;
    }

    /**
     * Whether a limit had passed at an instant: the business time it ran from its start (intake,
     * or the last answer for the update limit), less the pauses of the status history, is more
     * than its target under the current policy. Measured here rather than read from the
     * deadline, so a limit met without anyone calling {@code due} still counts as late.
     */
    private boolean late(Complaint c, Obligation o, Instant at) {
        Instant start = o == Obligation.UPDATE ? c.lastAnsweredAt() : c.receivedAt();
        if (start == null) {
            return false;
        }
        SlaPolicy p = policy;
        SlaTargets targets = PluginHost.call(p, x -> x.targets(c.severity()));
        Duration active = calendar.between(department, start, at);
        for (Instant[] pause : pauses(c, at)) {
            Instant from = pause[0].isBefore(start) ? start : pause[0];
            Instant to = pause[1] == null || pause[1].isAfter(at) ? at : pause[1];
            if (to.isAfter(from)) {
                active = active.minus(calendar.between(department, from, to));
            }
        }
        return active.compareTo(targets.of(o)) > 0;
    }

    /**
     * Changes the SLA policy (K10): the standards of every severity and limit are replaced,
     * and every limit still running is recomputed from its start with its pauses; steps that
     * stay the same keep their firings. The complaints' due instants follow.
     *
     * @param newPolicy the policy
     * @return how many complaints were recomputed
     * @throws PluginFailureException naming the policy if it throws; nothing changes then
     */
    public int usePolicy(SlaPolicy newPolicy) {
        Objects.requireNonNull(newPolicy, "policy");
        List<Standard> standards = standards(newPolicy, department);
        for (Standard s : standards) {
            deadlines.useStandard(s);
        }
        this.policy = newPolicy;
        int n = 0;
        for (Versioned<Complaint> open : storage.repository(TYPE).findBy(OPEN, "open")) {
            n += storage.inUnitOfWork(work -> {
                Versioned<Complaint> current = work.repository(TYPE).get(open.value().number());
                Complaint refreshed = current.value().withDue(running(work, current.value()));
                if (refreshed.equals(current.value())) {
                    return 0;
                }
                work.repository(TYPE).save(refreshed, current.version());
                return 1;
            });
        }
        return n;
    }

    // ---------------------------------------------------------------- decisions and paths

    /**
     * The manager's decision on acceptance and handling (K6); only a manager may decide.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint decide(ComplaintCommand.Decide command) {
        return on(command, (c, act) -> {
            boolean manager = staff.member(command.by()).has(Role.MANAGER)
                    || staff.department(staff.member(command.by()).department()).manager().equals(command.by());
            if (!manager) {
                throw Complaint.refusal("complaint.notManager", command.by(), c.number());
            }
            return c.decide(command.accepted(), command.handling(), act);
        }, NO_EFFECT);
    }

    /**
     * Opens a dispute with its coordinator and contract terms (K6).
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint openDispute(ComplaintCommand.OpenDispute command) {
        return on(command, (c, act) -> {
            Violations v = ComplaintMessages.violations();
            known(v, "coordinator", command.coordinator());
            v.throwIfPresent();
            return c.openDispute(command.coordinator(), command.contractTerms(), act);
        }, NO_EFFECT);
    }

    /**
     * The quality path's record (K4).
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint recordQuality(ComplaintCommand.RecordQuality command) {
        return on(command, (c, act) -> c.recordQuality(new QualityHandling(command.opinionForm(),
                command.technicalAnalysis(), command.countermeasure(), command.responsibleDepartment(),
                command.responsiblePerson(), List.of(), null, null), act), NO_EFFECT);
    }

    /**
     * Costs of the quality path with their bearers (K4).
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint recordCosts(ComplaintCommand.RecordCosts command) {
        return on(command, (c, act) -> c.recordCosts(command.costs(), act), NO_EFFECT);
    }

    /**
     * Finance reviews the costs and their allocation (K4); the reviewer must work in a
     * finance department.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint reviewFinance(ComplaintCommand.ReviewFinance command) {
        return on(command, (c, act) -> {
            if (staff.department(staff.member(command.by()).department()).kind() != DepartmentKind.FINANCE) {
                throw Complaint.refusal("complaint.notFinance", command.by(), c.number());
            }
            return c.reviewFinance(act);
        }, NO_EFFECT);
    }

    /**
     * The non-quality path's record (K5).
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint recordNonQuality(ComplaintCommand.RecordNonQuality command) {
        return on(command, (c, act) -> c.recordNonQuality(new NonQualityHandling(command.explanation(),
                command.damageRepair(), command.operatorTraining(), command.agreedCosts()), act), NO_EFFECT);
    }

    /**
     * The result was told to the customer (K7); possible once resolved.
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint tellResult(ComplaintCommand.TellResult command) {
        return on(command, (c, act) -> c.tellResult(command.how(), act), NO_EFFECT);
    }

    /**
     * Keeps a closed, well-handled case for staff training (K9).
     *
     * @param command the command
     * @return the complaint
     */
    public Complaint keepForTraining(ComplaintCommand.KeepForTraining command) {
        return on(command, (c, act) -> c.keepForTraining(command.reason(), act), NO_EFFECT);
    }

    // ---------------------------------------------------------------- queries

    /**
     * @param number a complaint number
     * @return the complaint, if recorded
     */
    public Optional<Complaint> find(ComplaintNumber number) {
        return storage.repository(TYPE).find(number).map(Versioned::value);
    }

    /**
     * @param number a complaint number
     * @return the complaint
     * @throws NotFoundException when none is recorded
     */
    public Complaint get(ComplaintNumber number) {
        return storage.repository(TYPE).get(number).value();
    }

    /**
     * The complaint's deadline of a limit under its current severity.
     *
     * @param complaint the complaint
     * @param obligation the limit
     * @return the deadline, if one was set
     */
    public Optional<Deadline> deadline(Complaint complaint, Obligation obligation) {
        return deadlines.find(deadlineId(complaint.number(), obligation, complaint.severity()));
    }

    // ---------------------------------------------------------------- machinery

    /** What a command does to the deadlines, inside its unit of work. */
    @FunctionalInterface
    private interface Effect {
        void apply(UnitOfWork work, Complaint before, Complaint after, Instant at);
    }

    private static final Effect NO_EFFECT = (work, before, after, at) -> { };

    private Complaint on(ComplaintCommand.OnComplaint command, BiFunction<Complaint, Act, Changed> change,
            Effect effect) {
        check(command);
        return storage.inUnitOfWork(work -> {
            Repository<ComplaintNumber, Complaint> repo = work.repository(TYPE);
            Versioned<Complaint> current = repo.get(command.number());
            Act act = act(command.by(), command.number());
            Changed changed = change.apply(current.value(), act);
            effect.apply(work, current.value(), changed.complaint(), act.at());
            Complaint after = changed.complaint().withDue(running(work, changed.complaint()));
            return store(work, after, current.version(), changed.events());
        });
    }

    private Complaint store(UnitOfWork work, Complaint c, long expected, List<ComplaintEvent> happened) {
        work.repository(TYPE).save(c, expected);
        work.publishAll(happened);
        return c;
    }

    private void check(ComplaintCommand command) {
        if (command == null) {
            ComplaintMessages.violations().add("", "required").throwIfPresent();
        }
        validator.check(command);
        Violations v = ComplaintMessages.violations();
        known(v, "by", command.by());
        v.throwIfPresent();
    }

    private void known(Violations v, String path, StaffId id) {
        try {
            staff.member(id);
        } catch (NotFoundException e) {
            v.add(path, "complaint.unknownStaff", id);
        }
    }

    private Act act(StaffId by, ComplaintNumber number) {
        return new Act(by, events.metadata(Actor.staff(by), CorrelationId.of(number.value())));
    }

    private DepartmentId ownerDepartment(Complaint c) {
        return staff.member(c.owner()).department();
    }

    private void restartOnSeverity(UnitOfWork work, Complaint before, Complaint after, Instant at) {
        if (before.severity() == after.severity()) {
            return;
        }
        for (Obligation o : Obligation.values()) {
            Optional<Deadline> old = current(work, before, o);
            if (old.isPresent()) {
                deadlines.cancel(work, old.get().id(), at);
                start(work, after, o, old.get().start());
            }
        }
    }

    static SubjectRef subject(ComplaintNumber number) {
        return SubjectRef.of(SUBJECT_KIND, number.value());
    }

    static DeadlineId deadlineId(ComplaintNumber number, Obligation o, Severity s) {
        return DeadlineId.of(subject(number), standardCode(o, s));
    }

    /** Sets a limit from {@code start}, replaying the pauses of the status history after it. */
    private void start(UnitOfWork work, Complaint c, Obligation o, Instant start) {
        Deadline d = deadlines.set(work, new SetDeadline(subject(c.number()), standardCode(o, c.severity()),
                c.owner(), start));
        for (Instant[] p : pauses(c, null)) {
            Instant from = p[0].isBefore(start) ? start : p[0];
            if (p[1] != null && !p[1].isAfter(from)) {
                continue;
            }
            deadlines.pause(work, d.id(), from);
            if (p[1] != null) {
                deadlines.resume(work, d.id(), p[1]);
            }
        }
    }

    /** The stretches spent in pausing statuses, oldest first; the last may end at {@code now} (or null). */
    private static List<Instant[]> pauses(Complaint c, Instant now) {
        List<Instant[]> out = new ArrayList<>();
        Instant from = null;
        for (StatusChange s : c.history()) {
            if (s.status().pausing() && from == null) {
                from = s.at();
            } else if (!s.status().pausing() && from != null) {
                out.add(new Instant[] {from, s.at()});
                from = null;
            }
        }
        if (from != null) {
            out.add(new Instant[] {from, now});
        }
        return out;
    }

    private Optional<Deadline> current(UnitOfWork work, Complaint c, Obligation o) {
        return work.repository(Deadlines.TYPE).find(deadlineId(c.number(), o, c.severity())).map(Versioned::value)
                .filter(d -> !d.status().isSettled());
    }

    private void meet(UnitOfWork work, Complaint c, Obligation o, Instant at) {
        current(work, c, o).ifPresent(d -> deadlines.meet(work, d.id(), at));
    }

    private void cancel(UnitOfWork work, Complaint c, Obligation o, Instant at) {
        current(work, c, o).ifPresent(d -> deadlines.cancel(work, d.id(), at));
    }

    private Map<Obligation, Instant> running(UnitOfWork work, Complaint c) {
        Map<Obligation, Instant> out = new EnumMap<>(Obligation.class);
        if (!c.isOpen()) {
            return out;
        }
        for (Obligation o : Obligation.values()) {
            current(work, c, o).filter(d -> d.due() != null).ifPresent(d -> out.put(o, d.due()));
        }
        return out;
    }

    static List<Standard> standards(SlaPolicy policy, DepartmentId department) {
        List<Standard> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            SlaTargets targets = PluginHost.call(policy, p -> p.targets(s));
            if (targets == null) {
                throw PluginFailureException.failed(policy.id(),
                        new IllegalStateException("no targets for severity " + s));
            }
            for (Obligation o : Obligation.values()) {
                out.add(new Standard(standardCode(o, s), Target.business(department, targets.of(o)),
                        PluginHost.call(policy, p -> p.steps(s, o))));
            }
        }
        return out;
    }

    /** Configures a {@link ComplaintDesk}. Not thread-safe; one per desk. */
    public static final class Builder {

        private Storage storage;
        private Clock clock;
        private BusinessCalendar calendar;
        private StaffDirectory staff;
        private Deadlines deadlines;
        private Notifications notifications;
        private DepartmentId department;
        private boolean discover;
        private final List<SlaPolicy> policies = new ArrayList<>();
        private final List<ComplaintRouting> routings = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param storage where complaints, numbers, deadlines and events are stored
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * @param clock the clock every time is read from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param calendar the business calendar limits are counted on; the same as the deadlines'
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param staff the staff directory: receivers, colleagues, managers, finance
         * @return this builder
         */
        public Builder staff(StaffDirectory staff) {
            this.staff = Objects.requireNonNull(staff, "staff");
            return this;
        }

        /**
         * The deadlines service over the same storage. Register {@link ComplaintEscalation} as
         * its listener so that escalations reach the complaint, the staff and the customer.
         *
         * @param deadlines the service
         * @return this builder
         */
        public Builder deadlines(Deadlines deadlines) {
            this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
            return this;
        }

        /**
         * @param notifications the outbox over the same storage, loaded with {@link #templates()}
         * @return this builder
         */
        public Builder notifications(Notifications notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /**
         * The department whose opening hours the limits count on, such as customer care.
         *
         * @param department a department of the calendar
         * @return this builder
         */
        public Builder department(DepartmentId department) {
            this.department = Objects.requireNonNull(department, "department");
            return this;
        }

        /**
         * The SLA policy; {@link StandardSlaPolicy#defaults()} when none is given.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder slaPolicy(SlaPolicy policy) {
            policies.add(Objects.requireNonNull(policy, "policy"));
            return this;
        }

        /**
         * Registers routing plugins, asked before the built-in routing by cause.
         *
         * @param plugins the plugins
         * @return this builder
         */
        public Builder routing(ComplaintRouting... plugins) {
            routings.addAll(List.of(plugins));
            return this;
        }

        /**
         * Also finds routing plugins and SLA policies with {@link ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverPlugins() {
            this.discover = true;
            return this;
        }

        /**
         * Builds the desk: registers the policy's standards with the deadlines service and
         * subscribes the tracking log to the storage's events.
         *
         * @return the desk
         * @throws org.aftersales.core.error.ValidationException if a required part is missing or
         *     the department has no hours in the calendar
         * @throws PluginFailureException if a plugin cannot be loaded, two share an id, or the
         *     policy throws
         */
        public ComplaintDesk build() {
            Violations v = ComplaintMessages.violations().required("storage", storage).required("clock", clock)
                    .required("calendar", calendar).required("staff", staff).required("deadlines", deadlines)
                    .required("notifications", notifications).required("department", department);
            if (calendar != null && department != null && !calendar.departments().contains(department)) {
                v.add("department", "complaint.calendarDepartment", department);
            }
            v.throwIfPresent();
            PluginHost.Builder<SlaPolicy> policyHost = PluginHost.builder(SlaPolicy.class).discovery(false);
            PluginHost.Builder<ComplaintRouting> routingHost = PluginHost.builder(ComplaintRouting.class)
                    .discovery(false);
            if (discover) {
                policyHost.discoverWith(ServiceLoader.load(SlaPolicy.class));
                routingHost.discoverWith(ServiceLoader.load(ComplaintRouting.class));
            }
            policies.forEach(p -> policyHost.register(p));
            routings.forEach(r -> routingHost.register(r));
            routingHost.register(new RoutingByCause(staff));
            List<SlaPolicy> found = policyHost.build().plugins();
            SlaPolicy chosen = found.isEmpty() ? StandardSlaPolicy.defaults() : found.get(0);
            for (Standard s : standards(chosen, department)) {
                deadlines.useStandard(s);
            }
            ComplaintDesk desk = new ComplaintDesk(this, chosen, routingHost.build());
            storage.events().subscribe(desk.trackingLog);
            return desk;
        }
    }
}
