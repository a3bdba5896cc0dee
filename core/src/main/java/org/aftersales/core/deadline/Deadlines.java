package org.aftersales.core.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.EscalationStep.Escalation;
import org.aftersales.core.deadline.spi.DeadlineListener;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;

/**
 * Deadlines in business time (C13): sets, pauses, resumes, meets and cancels them, recomputes
 * them when a standard or the calendar changes, and reports what came due. Stored through the
 * storage SPI ({@link #TYPE}, indexed by the next instant at which something fires), so a
 * JDBC store keeps them across restarts. Nothing here runs a thread: the embedder calls
 * {@link #due(Instant)} from its own scheduler.
 *
 * <pre>{@code
 * Deadlines deadlines = Deadlines.builder()
 *         .storage(storage).clock(clock).calendar(calendar).staff(directory)
 *         .standard(new Standard("answer-parts-request", Target.business(PARTS, Duration.ofMinutes(5)),
 *                 List.of(EscalationStep.at(100, Escalation.OWNER_MANAGER))))
 *         .build();
 * deadlines.set(new SetDeadline(SubjectRef.of("parts-request", "PR-1"), "answer-parts-request", wang, now));
 * ...
 * for (DeadlineEvent e : deadlines.due(clock.instant())) { ... }   // each firing exactly once
 * }</pre>
 *
 * <p>Exactly once: a firing is stored by saving the deadline with the version it was read at,
 * in the unit of work that publishes its event and runs the {@link DeadlineListener}s. When
 * two threads or two processes sharing a store call {@code due} at once, one save wins and
 * the other finds the firing already made. Every operation that takes a {@link UnitOfWork}
 * joins the caller's unit, so that a command's change and its deadlines are stored together.
 *
 * <p>Thread-safe.
 */
public final class Deadlines {

    /**
     * The events this service publishes, by stable name: what a store that reads the event log
     * back (the JDBC store's {@code eventType}) registers, in one line.
     */
    public static final Map<String, Class<? extends org.aftersales.core.event.DomainEvent>> EVENT_TYPES = Map.of(
            DeadlineMissed.TYPE, DeadlineMissed.class,
            DeadlineEscalated.TYPE, DeadlineEscalated.class,
            DeadlineMet.TYPE, DeadlineMet.class);

    /** Deadlines by the next instant at which something fires; settled and paused ones are left out. */
    public static final Index<Deadline, Instant> BY_NEXT_FIRING = Index.sorted("next-firing", Deadline::nextFiring);
    /** Deadlines by subject, as {@code kind/id}. */
    public static final Index<Deadline, String> BY_SUBJECT =
            Index.exact("subject", d -> d.subject().kind() + "/" + d.subject().id());
    /** Deadlines not settled, by standard code. */
    public static final Index<Deadline, String> OPEN_BY_STANDARD =
            Index.exact("open-standard", d -> d.status().isSettled() ? null : d.standard());
    /** Deadlines not settled and counted in business time, by department id. */
    public static final Index<Deadline, String> OPEN_BY_DEPARTMENT = Index.exact("open-department",
            d -> d.status().isSettled() || !d.target().isBusiness() ? null : d.target().department().value());
    /** How deadlines are stored. */
    public static final AggregateType<DeadlineId, Deadline> TYPE = AggregateType
            .of("deadline", DeadlineId.class, Deadline.class)
            .withIndex(BY_NEXT_FIRING).withIndex(BY_SUBJECT).withIndex(OPEN_BY_STANDARD).withIndex(OPEN_BY_DEPARTMENT);

    private static final Actor ACTOR = Actor.system("deadlines");

    private final Storage storage;
    private final Clock clock;
    private final StaffDirectory staff;
    private final Predicate<StaffId> absent;
    private final EventContext events;
    private final PluginHost<DeadlineListener> listeners;
    private final int batchSize;
    private final Map<String, Standard> standards;
    private volatile BusinessCalendar calendar;

    private Deadlines(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.staff = b.staff;
        this.absent = b.absent;
        this.events = b.events != null ? b.events : new EventContext(b.clock, Deadlines::randomEventId);
        this.listeners = b.listeners.build();
        this.batchSize = b.batchSize;
        this.standards = new ConcurrentHashMap<>(b.standards);
        this.calendar = b.calendar;
    }

    /** @return a builder; storage, clock, calendar and staff directory are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the calendar business time is counted on */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * @param code a standard's code
     * @return the standard as the service knows it now
     */
    public Optional<Standard> standard(String code) {
        return Optional.ofNullable(standards.get(code));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Sets a deadline in a unit of its own; see {@link #set(UnitOfWork, SetDeadline)}.
     *
     * @param command the command
     * @return the deadline
     */
    public Deadline set(SetDeadline command) {
        return storage.inUnitOfWork(work -> set(work, command));
    }

    /**
     * Sets a deadline in the caller's unit of work. Setting one that is already running (same
     * subject and standard) returns it unchanged; one that was settled starts again.
     *
     * @param work the unit of work
     * @param command the command
     * @return the deadline, with its schedule
     * @throws ValidationException listing every problem of the command
     */
    public Deadline set(UnitOfWork work, SetDeadline command) {
        Violations v = DeadlineMessages.violations();
        if (command == null) {
            v.add("", "required").throwIfPresent();
        }
        v.required("subject", command.subject()).requiredText("standard", command.standard())
                .required("owner", command.owner()).required("start", command.start());
        Standard standard = command.standard() == null ? null : standards.get(command.standard());
        if (command.standard() != null && standard == null) {
            v.add("standard", "deadline.unknownStandard", command.standard(), String.join(", ", standards.keySet()));
        }
        if (command.owner() != null) {
            knownStaff(command.owner(), "owner", v);
        }
        if (standard != null && standard.target().isBusiness()
                && !calendar.departments().contains(standard.target().department())) {
            v.add("standard", "deadline.department", standard.target().department(), standard.code());
        }
        v.throwIfPresent();
        Repository<DeadlineId, Deadline> repo = work.repository(TYPE);
        DeadlineId id = DeadlineId.of(command.subject(), standard.code());
        Optional<Versioned<Deadline>> before = repo.find(id);
        if (before.isPresent() && !before.get().value().status().isSettled()) {
            return before.get().value();
        }
        Deadline fresh = new Deadline(id, command.subject(), standard.code(), command.owner(), standard.target(),
                standard.steps(), command.start(), List.of(), Deadline.Status.OPEN, null, null, List.of(), false, 0);
        Deadline scheduled = fresh.scheduled(measure(fresh));
        repo.save(scheduled, before.map(Versioned::version).orElse(Versioned.NEW));
        return scheduled;
    }

    /**
     * Pauses a deadline now, in a unit of its own.
     *
     * @param id the deadline
     * @return the deadline
     */
    public Deadline pause(DeadlineId id) {
        return storage.inUnitOfWork(work -> pause(work, id, clock.instant()));
    }

    /**
     * Pauses a deadline: its subject entered a pausing state at an instant.
     *
     * @param work the unit of work
     * @param id the deadline
     * @param at when the pause began
     * @return the deadline
     * @throws BusinessRuleException if it is not running
     */
    public Deadline pause(UnitOfWork work, DeadlineId id, Instant at) {
        return change(work, id, at, Deadline.Status.OPEN, d -> {
            List<PauseInterval> more = new ArrayList<>(d.pauses());
            more.add(new PauseInterval(at, null));
            return d.with(Deadline.Status.PAUSED, more, null);
        });
    }

    /**
     * Resumes a paused deadline now, in a unit of its own.
     *
     * @param id the deadline
     * @return the deadline
     */
    public Deadline resume(DeadlineId id) {
        return storage.inUnitOfWork(work -> resume(work, id, clock.instant()));
    }

    /**
     * Resumes a paused deadline: its subject left the pausing state at an instant.
     *
     * @param work the unit of work
     * @param id the deadline
     * @param at when the pause ended
     * @return the deadline, with its schedule moved by the pause
     * @throws BusinessRuleException if it is not paused
     */
    public Deadline resume(UnitOfWork work, DeadlineId id, Instant at) {
        return change(work, id, at, Deadline.Status.PAUSED,
                d -> d.with(Deadline.Status.OPEN, closePause(d, at), null));
    }

    /**
     * Meets a deadline now, in a unit of its own.
     *
     * @param id the deadline
     * @return the deadline
     */
    public Deadline meet(DeadlineId id) {
        return storage.inUnitOfWork(work -> meet(work, id, clock.instant()));
    }

    /**
     * Meets a deadline: the obligation was done. A deadline met while paused keeps the pause
     * up to that moment in its history. Publishes {@link DeadlineMet}, kept or late, in the
     * caller's unit of work.
     *
     * @param work the unit of work
     * @param id the deadline
     * @param at when it was met
     * @return the deadline
     * @throws BusinessRuleException if it is already settled
     */
    public Deadline meet(UnitOfWork work, DeadlineId id, Instant at) {
        Deadline before = work.repository(TYPE).find(id).map(Versioned::value).orElse(null);
        Deadline met = change(work, id, at, null, d -> d.with(Deadline.Status.MET, closePause(d, at), at));
        boolean kept = !before.missedFired() && (before.due() == null || !at.isAfter(before.due()));
        work.publish(new DeadlineMet(metadata(met), met.id(), met.subject(), met.standard(), met.owner(),
                before.due(), at, kept));
        return met;
    }

    /**
     * Cancels a deadline: the obligation fell away.
     *
     * @param work the unit of work
     * @param id the deadline
     * @param at when
     * @return the deadline
     * @throws BusinessRuleException if it is already settled
     */
    public Deadline cancel(UnitOfWork work, DeadlineId id, Instant at) {
        return change(work, id, at, null, d -> d.with(Deadline.Status.CANCELLED, closePause(d, at), at));
    }

    /**
     * Cancels a deadline now, in a unit of its own.
     *
     * @param id the deadline
     * @return the deadline
     */
    public Deadline cancel(DeadlineId id) {
        return storage.inUnitOfWork(work -> cancel(work, id, clock.instant()));
    }

    private static List<PauseInterval> closePause(Deadline d, Instant at) {
        List<PauseInterval> out = new ArrayList<>(d.pauses());
        if (!out.isEmpty() && out.get(out.size() - 1).isOpen()) {
            out.set(out.size() - 1, new PauseInterval(out.get(out.size() - 1).from(), at));
        }
        return out;
    }

    private Deadline change(UnitOfWork work, DeadlineId id, Instant at, Deadline.Status required,
            Function<Deadline, Deadline> how) {
        Violations v = DeadlineMessages.violations().required("id", id).required("at", at);
        v.throwIfPresent();
        Repository<DeadlineId, Deadline> repo = work.repository(TYPE);
        Versioned<Deadline> current = repo.get(id);
        Deadline d = current.value();
        if (d.status().isSettled() || (required != null && d.status() != required)) {
            throw new BusinessRuleException("deadline.state",
                    DeadlineMessages.MESSAGES.text("deadline.state", id.value(), d.status(),
                            required == null ? "OPEN, PAUSED" : required), null);
        }
        Instant latest = d.start();
        for (PauseInterval p : d.pauses()) {
            latest = max(latest, p.to() == null ? p.from() : p.to());
        }
        if (at.isBefore(latest)) {
            v.add("at", "deadline.before", at, latest).throwIfPresent();
        }
        Deadline next = how.apply(d).scheduled(measure(d));
        repo.save(next, current.version());
        return next;
    }

    // ---------------------------------------------------------------- queries

    /**
     * @param id a deadline id
     * @return the deadline, if stored
     */
    public Optional<Deadline> find(DeadlineId id) {
        return storage.repository(TYPE).find(id).map(Versioned::value);
    }

    /**
     * @param subject a subject
     * @return its deadlines, settled ones included, by id
     */
    public List<Deadline> forSubject(SubjectRef subject) {
        return storage.repository(TYPE).findBy(BY_SUBJECT, subject.kind() + "/" + subject.id()).stream()
                .map(Versioned::value).toList();
    }

    /**
     * The time a deadline has stood still up to an instant, worked out from its history of
     * pauses, in the deadline's own measure (business or plain time).
     *
     * @param deadline the deadline
     * @param now the instant; a pause still open counts up to it
     * @return the time paused
     */
    public Duration pausedTime(Deadline deadline, Instant now) {
        Instant until = deadline.settledAt() != null && deadline.settledAt().isBefore(now) ? deadline.settledAt() : now;
        return deadline.paused(until, measure(deadline));
    }

    // ---------------------------------------------------------------- firing

    /**
     * Fires every deadline and escalation step that came due by {@code now}, each exactly
     * once across every caller sharing the store, and returns what this call fired. Each
     * firing is stored with its event and its listeners' work in one unit of work.
     *
     * @param now the instant to fire up to, inclusive
     * @return the events this call fired, deadline by deadline in due order
     * @throws org.aftersales.core.error.PluginFailureException if a listener failed; that
     *     batch of firings is not stored and stays due
     */
    public List<DeadlineEvent> due(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Versioned<Deadline>> candidates =
                storage.repository(TYPE).findRange(BY_NEXT_FIRING, null, now.plusNanos(1));
        List<DeadlineEvent> fired = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += batchSize) {
            List<Versioned<Deadline>> batch = candidates.subList(from, Math.min(candidates.size(), from + batchSize));
            try {
                fired.addAll(storage.inUnitOfWork(work -> {
                    List<DeadlineEvent> out = new ArrayList<>();
                    Repository<DeadlineId, Deadline> repo = work.repository(TYPE);
                    for (Versioned<Deadline> d : batch) {
                        fire(work, repo, d, now, out);
                    }
                    return out;
                }));
            } catch (ConcurrentUpdateException | PluginFailureException e) {
                if (!raced(e)) {
                    throw e;
                }
                // someone changed or fired one of them, or changed what a listener writes: fire
                // the rest one by one, reading each afresh
                for (Versioned<Deadline> d : batch) {
                    fired.addAll(fireAlone(d.value().id(), now));
                }
            }
        }
        return fired;
    }

    /**
     * A random (version 4) UUID drawn from {@link java.util.concurrent.ThreadLocalRandom}: event ids
     * must be unique, not secret, and a secure random source would cost more than the firing.
     */
    private static org.aftersales.core.id.EventId randomEventId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long high = (r.nextLong() & ~0xF000L) | 0x4000L;
        long low = (r.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return org.aftersales.core.id.EventId.of(new java.util.UUID(high, low).toString());
    }

    private List<DeadlineEvent> fireAlone(DeadlineId id, Instant now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                return storage.inUnitOfWork(work -> {
                    List<DeadlineEvent> out = new ArrayList<>();
                    Repository<DeadlineId, Deadline> repo = work.repository(TYPE);
                    repo.find(id).ifPresent(d -> fire(work, repo, d, now, out));
                    return out;
                });
            } catch (ConcurrentUpdateException | PluginFailureException e) {
                if (!raced(e)) {
                    throw e;
                }
                // read again and see whether anything is still due
            }
        }
        return List.of();
    }

    /**
     * Whether a firing lost a race: a stale save of the deadline itself, or of an aggregate a
     * listener changes in the same unit of work (a listener's {@code ConcurrentUpdateException}
     * reaches here wrapped as its plugin failure). Nothing of the unit was stored; the deadline
     * is still due and fires on a later read.
     */
    private static boolean raced(RuntimeException e) {
        return e instanceof ConcurrentUpdateException
                || e instanceof PluginFailureException && e.getCause() instanceof ConcurrentUpdateException;
    }

    private void fire(UnitOfWork work, Repository<DeadlineId, Deadline> repo, Versioned<Deadline> current,
            Instant now, List<DeadlineEvent> out) {
        Deadline d = current.value();
        Instant next = d.nextFiring();
        if (next == null || next.isAfter(now)) {
            return;
        }
        boolean missed = !d.missedFired() && d.due() != null && !d.due().isAfter(now);
        int bits = 0;
        for (int i = 0; i < d.steps().size(); i++) {
            Instant at = d.stepsAt().get(i);
            if (!d.stepFired(i) && at != null && !at.isAfter(now)) {
                bits |= 1 << i;
            }
        }
        repo.save(d.fired(missed, bits), current.version());
        Duration latePlain = Duration.between(d.due(), now);
        Duration lateBusiness = lateness(d, now, latePlain);
        EventMetadata meta = null;
        List<DeadlineEvent> mine = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            if ((bits & (1 << i)) != 0) {
                EscalationStep step = d.steps().get(i);
                mine.add(new DeadlineEscalated(metadata(d), d.id(), d.subject(), d.standard(), d.owner(), step,
                        recipient(d, step), d.due(), lateBusiness, latePlain));
            }
        }
        if (missed) {
            mine.add(new DeadlineMissed(metadata(d), d.id(), d.subject(), d.standard(), d.owner(), routed(d.owner()),
                    d.due(), lateBusiness, latePlain));
        }
        mine.sort(Comparator.comparing(e -> e instanceof DeadlineEscalated x ? d.stepsAt().get(d.steps().indexOf(x.step()))
                : d.due()));
        for (DeadlineEvent e : mine) {
            work.publish(e);
            listeners.forEach(l -> l.fired(e, work));
        }
        out.addAll(mine);
    }

    /**
     * Lateness in business time; null when the calendar cannot count it (part of the span lies
     * in a year without a holiday arrangement), so that a missing year never stops the firing.
     */
    private Duration lateness(Deadline d, Instant now, Duration plain) {
        DepartmentId dept = d.target().department();
        if (dept == null) {
            return plain;
        }
        try {
            return calendar.between(dept, d.due(), now);
        } catch (BusinessRuleException noArrangement) {
            return null;
        }
    }

    private EventMetadata metadata(Deadline d) {
        CorrelationId correlation;
        try {
            correlation = CorrelationId.of(d.subject().id());
        } catch (ValidationException notAnId) {
            correlation = CorrelationId.of(d.id().value());
        }
        return events.metadata(ACTOR, correlation);
    }

    private StaffId routed(StaffId person) {
        var routing = staff.route(person, absent);
        return routing.assignee().orElseGet(() -> routing.decider().orElse(person));
    }

    private StaffId recipient(Deadline d, EscalationStep step) {
        return switch (step.to()) {
            case OWNER -> routed(d.owner());
            case STAFF -> routed(step.staff());
            case OWNER_MANAGER -> staff.department(staff.member(d.owner()).department()).manager();
            case DEPARTMENT_MANAGER -> {
                DepartmentId dept = d.target().department();
                if (dept != null) {
                    try {
                        yield staff.department(dept).manager();
                    } catch (NotFoundException notInDirectory) {
                        // the calendar's department is not in the staff directory: the owner's manager decides
                    }
                }
                yield staff.department(staff.member(d.owner()).department()).manager();
            }
        };
    }

    // ---------------------------------------------------------------- recomputing

    /**
     * Changes a standard (its target or its steps) and recomputes every deadline under it that
     * is not settled, from its start and its pauses. Steps that stay the same keep their
     * firings.
     *
     * @param standard the standard, new or changed
     * @return how many deadlines were recomputed
     */
    public int useStandard(Standard standard) {
        Objects.requireNonNull(standard, "standard");
        if (standard.target().isBusiness() && !calendar.departments().contains(standard.target().department())) {
            DeadlineMessages.violations().add("target.department", "deadline.department",
                    standard.target().department(), standard.code()).throwIfPresent();
        }
        standards.put(standard.code(), standard);
        int n = 0;
        for (Versioned<Deadline> d : storage.repository(TYPE).findBy(OPEN_BY_STANDARD, standard.code())) {
            n += recompute(d.value().id(), x -> x.with(standard));
        }
        return n;
    }

    /**
     * Uses a new calendar (a closure added, a year's arrangement added) and recomputes every
     * deadline counted in business time that is not settled.
     *
     * @param newCalendar the calendar
     * @return how many deadlines were recomputed
     */
    public int useCalendar(BusinessCalendar newCalendar) {
        Objects.requireNonNull(newCalendar, "calendar");
        Set<DepartmentId> departments = new LinkedHashSet<>(calendar.departments());
        this.calendar = newCalendar;
        departments.addAll(newCalendar.departments());
        int n = 0;
        for (DepartmentId dept : departments) {
            for (Versioned<Deadline> d : storage.repository(TYPE).findBy(OPEN_BY_DEPARTMENT, dept.value())) {
                n += recompute(d.value().id(), Function.identity());
            }
        }
        return n;
    }

    private int recompute(DeadlineId id, Function<Deadline, Deadline> how) {
        for (int attempt = 0;; attempt++) {
            try {
                return storage.inUnitOfWork(work -> {
                    Repository<DeadlineId, Deadline> repo = work.repository(TYPE);
                    Versioned<Deadline> current = repo.get(id);
                    if (current.value().status().isSettled()) {
                        return 0;
                    }
                    Deadline changed = how.apply(current.value());
                    repo.save(changed.scheduled(measure(changed)), current.version());
                    return 1;
                });
            } catch (ConcurrentUpdateException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    private Measure measure(Deadline d) {
        return Measure.of(calendar, d.target());
    }

    private void knownStaff(StaffId id, String path, Violations v) {
        try {
            staff.member(id);
        } catch (NotFoundException e) {
            v.add(path, "deadline.unknownStaff", id);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Configures {@link Deadlines}. Not thread-safe; one per service. */
    public static final class Builder {

        private Storage storage;
        private Clock clock;
        private BusinessCalendar calendar;
        private StaffDirectory staff;
        private Predicate<StaffId> absent = s -> false;
        private EventContext events;
        private int batchSize = 256;
        private final Map<String, Standard> standards = new LinkedHashMap<>();
        private final PluginHost.Builder<DeadlineListener> listeners =
                PluginHost.builder(DeadlineListener.class).discovery(false);

        private Builder() {
        }

        /**
         * @param storage where deadlines are stored
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * @param clock the clock event times are read from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param calendar the calendar business time is counted on
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param staff the staff directory, for owners, managers and A/B routing
         * @return this builder
         */
        public Builder staff(StaffDirectory staff) {
            this.staff = Objects.requireNonNull(staff, "staff");
            return this;
        }

        /**
         * Who is absent now, for A/B routing of firings; nobody by default.
         *
         * @param absent tells who is absent
         * @return this builder
         */
        public Builder absence(Predicate<StaffId> absent) {
            this.absent = Objects.requireNonNull(absent, "absent");
            return this;
        }

        /**
         * Where event ids and times come from; by default random ids and the builder's clock.
         *
         * @param events the event context
         * @return this builder
         */
        public Builder events(EventContext events) {
            this.events = Objects.requireNonNull(events, "events");
            return this;
        }

        /**
         * A standard deadlines can be set under.
         *
         * @param standard the standard
         * @return this builder
         */
        public Builder standard(Standard standard) {
            Objects.requireNonNull(standard, "standard");
            standards.put(standard.code(), standard);
            return this;
        }

        /**
         * Standards deadlines can be set under, such as those read with {@link Standards#fromJson}.
         *
         * @param all the standards
         * @return this builder
         */
        public Builder standards(java.util.Collection<Standard> all) {
            all.forEach(this::standard);
            return this;
        }

        /**
         * Registers listeners told of each firing.
         *
         * @param listener the listeners
         * @return this builder
         */
        public Builder listener(DeadlineListener... listener) {
            listeners.register(listener);
            return this;
        }

        /**
         * Also registers the listeners found with {@link java.util.ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverListeners() {
            listeners.discovery(true);
            return this;
        }

        /**
         * How many firings are stored per unit of work in {@link #due(Instant)}: 256 by
         * default (our choice: large enough to amortise a commit, small enough that a race
         * redoes little).
         *
         * @param size at least 1
         * @return this builder
         */
        public Builder batchSize(int size) {
            if (size < 1) {
                DeadlineMessages.violations().add("batchSize", "deadline.batchSize", size).throwIfPresent();
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws ValidationException if storage, clock, calendar or staff directory is missing,
         *     or a standard counts on a department the calendar lacks
         * @throws org.aftersales.core.error.PluginFailureException if a listener cannot be loaded
         *     or two share an id
         */
        public Deadlines build() {
            Violations v = DeadlineMessages.violations().required("storage", storage).required("clock", clock)
                    .required("calendar", calendar).required("staff", staff);
            if (calendar != null) {
                standards.values().stream()
                        .filter(s -> s.target().isBusiness() && !calendar.departments().contains(s.target().department()))
                        .forEach(s -> v.add("standards." + s.code(), "deadline.department", s.target().department(),
                                s.code()));
            }
            v.throwIfPresent();
            return new Deadlines(this);
        }
    }
}
