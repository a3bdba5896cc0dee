package org.aftersales.serviceflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.DeadlineMissed;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.NotificationId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Notify;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.Routing;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.PartsSupply;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.validation.BoundaryValidator;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Quantity;
import org.aftersales.serviceflow.blueprint.ServiceBlueprint;
import org.aftersales.serviceflow.blueprint.TimedStandard;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;
import org.aftersales.serviceflow.spi.Pricing;
import org.aftersales.serviceflow.spi.SignatureCapture;
import org.aftersales.serviceflow.spi.SignatureRequest;

/**
 * The service desk (F1-F13, F15, F17-F20): the entry point a dealership system drives command by
 * command, from the appointment call to the car leaving through the gate.
 *
 * <pre>{@code
 * ServiceDesk desk = ServiceDesk.builder()
 *         .storage(storage).clock(clock).calendar(calendar).staff(directory)
 *         .deadlines(deadlines).notifications(outbox)     // standards() and templates() given to them
 *         .partsSupply(warehouse).labourTimes(guide).team(engineTeam)
 *         .build();
 * List<ServiceEvent> booked = desk.book(new Commands.BookAppointment(...));
 * }</pre>
 *
 * <p><b>Guarantees.</b> Every command is checked whole first (a {@link ValidationException}
 * listing every violation, nothing stored). Then it is one unit of work: load the aggregates,
 * call their methods (which fire {@link RepairOrderLifecycle}), save each with the version it was
 * read at, publish the events, set or meet deadlines, queue notifications, call the parts-supply
 * port; all of it is stored, or none of it. A refused move or guard is an
 * {@link org.aftersales.core.error.IllegalTransitionException}; a broken business rule a
 * {@link BusinessRuleException}; two changes of one order at once leave one winner and a
 * {@link org.aftersales.core.error.ConcurrentUpdateException} for the other; a plugin that throws
 * a {@link PluginFailureException} with its id. Each command returns the events it caused.
 *
 * <p><b>Timed standards.</b> The deadlines come from the {@link ServiceBlueprint}'s timed
 * standards ({@link Builder#blueprint}), applied the same way to the events every command
 * caused, in its unit of work: an event may start, meet, cancel, pause or resume the deadline
 * of each standard that names it. No standard is a special case of a command.
 *
 * <p><b>Our defaults</b> (the seeds are silent; each has a builder setting): VAT 13% with the
 * rounding points of {@link Settlement}; reconfirmation 20 minutes before the expected arrival
 * ({@link Builder#reconfirmLead}); no-show after 30 minutes' wait (the {@link #ARRIVAL} standard
 * of {@link #standards}; the other limits are listed in {@link ServiceBlueprint}); 20% of each team's day kept free of appointments and dispatches
 * ({@link Builder#capacityReserve}); 30 minutes between the promised completion and the time the
 * customer wants the car, for final check and wash ({@link Builder#handoverBuffer}); next service
 * after 5,000 km or 6 months, whichever comes first ({@link Builder#serviceInterval}); the
 * booklet reminder goes with the route message right after booking; a discount needs an approver
 * holding {@link Role#MANAGER}; follow-up satisfaction from 1 to 5, unhappy below 3
 * ({@link Builder#satisfactionScale}), remarks tagged from {@link Vocabulary#remarkTags()}
 * ({@link Builder#remarkTags}), and a return visit's booklet reminder timed 30 minutes before it.
 * Thread-safe; no thread of its own.
 */
public final class ServiceDesk {

    /** Repair orders, by status for boards. */
    public static final Index<RepairOrder, String> ORDERS_BY_STATUS = Index.exact("status", o -> o.status().name());
    /** The stored repair orders. */
    public static final AggregateType<RepairOrderId, RepairOrder> ORDERS =
            AggregateType.of("repair-order", RepairOrderId.class, RepairOrder.class).withIndex(ORDERS_BY_STATUS);
    /** The stored appointments. */
    public static final AggregateType<AppointmentId, Appointment> APPOINTMENTS =
            AggregateType.of("appointment", AppointmentId.class, Appointment.class);
    /** Each team's booked hours per day. */
    public static final AggregateType<WorkloadId, Workload> WORKLOADS =
            AggregateType.of("workload", WorkloadId.class, Workload.class);
    /** Each technician's clock and hours. */
    public static final AggregateType<StaffId, TechnicianTime> TECHNICIANS =
            AggregateType.of("technician-time", StaffId.class, TechnicianTime.class);
    /** Each car's archive. */
    public static final AggregateType<VehicleId, VehicleArchive> ARCHIVES =
            AggregateType.of("vehicle-archive", VehicleId.class, VehicleArchive.class);
    /** The follow-up calls of each order (F13). */
    public static final AggregateType<RepairOrderId, FollowUpRecord> FOLLOW_UPS =
            AggregateType.of("follow-up", RepairOrderId.class, FollowUpRecord.class);

    /** Repair order numbers: {@code RO-2026-000001}. */
    public static final SequenceFormat ORDER_NUMBERS = SequenceFormat.yearly("repair-order", "RO", 6);
    /** Appointment numbers. */
    public static final SequenceFormat APPOINTMENT_NUMBERS = SequenceFormat.yearly("appointment", "AP", 6);
    /** Invoice numbers. */
    public static final SequenceFormat INVOICE_NUMBERS = SequenceFormat.yearly("invoice", "INV", 6);
    /** Exit pass numbers. */
    public static final SequenceFormat EXIT_PASSES = SequenceFormat.yearly("exit-pass", "EP", 6);

    /** The deadline standard: reconfirm the appointment (C13). */
    public static final String RECONFIRM = "service.reconfirm";
    /** The deadline standard: the customer arrives, or is a no-show (C13). */
    public static final String ARRIVAL = "service.arrival";
    /** The deadline standard: the customer answers on additional work found in repair (C13, F7). */
    public static final String APPROVAL = "service.additional-approval";
    /** The deadline standard: an arriving customer is received at once (F15). */
    public static final String RECEPTION_WAIT = "service.reception-wait";
    /** The deadline standard: checks passed and settlement sheet made once the repair is finished (F15). */
    public static final String SETTLEMENT_SHEET = "service.settlement-sheet";
    /** The deadline standard: the follow-up call after delivery (F13, F15). */
    public static final String FOLLOW_UP = "service.follow-up";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Storage storage;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final DepartmentId department;
    private final ZoneId zone;
    private final StaffDirectory staff;
    private final Predicate<StaffId> absent;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final PluginHost<LabourTimes> labourTimes;
    private final PluginHost<SignatureCapture> signatures;
    private final PluginHost<Pricing> pricing;
    private final PartsSupply supply;
    private final Map<String, Team> teams;
    private final BigDecimal vatRate;
    private final BigDecimal capacityReserve;
    private final Duration handoverBuffer;
    private final long serviceKm;
    private final java.time.Period serviceMonths;
    private final Money labourRate;
    private final String dealership;
    private final String address;
    private final EventContext events;
    private final BoundaryValidator validator;
    private final ServiceBlueprint blueprint;
    private final SatisfactionScale satisfaction;
    private final Vocabulary remarkTags;

    private ServiceDesk(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.calendar = b.calendar;
        this.department = b.department;
        this.zone = b.calendar != null ? b.calendar.zone() : BusinessCalendar.SHANGHAI;
        this.staff = b.staff;
        this.absent = b.absent;
        this.deadlines = b.deadlines;
        this.notifications = b.notifications;
        this.labourTimes = b.labourTimes.discovery(b.discover)
                .discoverWith(ServiceLoader.load(LabourTimes.class)).build();
        PluginHost<SignatureCapture> sig = b.signatures.discovery(b.discover)
                .discoverWith(ServiceLoader.load(SignatureCapture.class)).build();
        this.signatures = sig.plugins().isEmpty() ? sig.with(new PaperSignatures()) : sig;
        this.pricing = b.pricing.discovery(b.discover).discoverWith(ServiceLoader.load(Pricing.class)).build();
        this.supply = b.supply;
        this.teams = Map.copyOf(b.teams);
        this.vatRate = b.vatRate;
        this.capacityReserve = b.capacityReserve;
        this.handoverBuffer = b.handoverBuffer;
        this.serviceKm = b.serviceKm;
        this.serviceMonths = b.serviceMonths;
        this.labourRate = b.labourRate;
        this.dealership = b.dealership;
        this.address = b.address;
        this.events = EventContext.of(b.clock);
        this.validator = BoundaryValidator.create(FlowMessages.MESSAGES);
        this.blueprint = b.blueprint();
        this.satisfaction = b.satisfaction;
        this.remarkTags = b.remarkTags;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The message templates the desk queues (C12), in English and Chinese; give them to the
     * {@link Notifications} builder, e.g. {@code Templates.standardPhrases().with(ServiceDesk.templates())}.
     *
     * @return the templates
     */
    public static Templates templates() {
        try (InputStream in = ServiceDesk.class.getResourceAsStream("templates.json")) {
            return Templates.fromJson(new String(Objects.requireNonNull(in, "templates.json").readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The deadline standards the desk sets (C13, F15): the timed standards of
     * {@link ServiceBlueprint#defaults()}, counted on the {@code service} department's calendar
     * (our default department code). Give them to the {@link Deadlines} builder; for another
     * department or an edited blueprint use {@link #standards(ServiceBlueprint, DepartmentId)}.
     *
     * @return the standards
     */
    public static List<Standard> standards() {
        return standards(ServiceBlueprint.defaults(), DepartmentId.of("service"));
    }

    /**
     * The deadline standards of a blueprint's timed standards (F15).
     *
     * @param blueprint the blueprint the desk is built with
     * @param department the department whose calendar counts business time and working days
     * @return the standards
     */
    public static List<Standard> standards(ServiceBlueprint blueprint, DepartmentId department) {
        return blueprint.standards(department);
    }

    /** @return the storage the desk works in */
    public Storage storage() {
        return storage;
    }

    /** @return the VAT rate settlements use */
    public BigDecimal vatRate() {
        return vatRate;
    }

    // ================================================================== queries

    /**
     * @param id an order's id
     * @return the order and its version, or empty
     */
    public Optional<Versioned<RepairOrder>> order(RepairOrderId id) {
        return storage.repository(ORDERS).find(id);
    }

    /**
     * @param id an appointment's id
     * @return the appointment and its version, or empty
     */
    public Optional<Versioned<Appointment>> appointment(AppointmentId id) {
        return storage.repository(APPOINTMENTS).find(id);
    }

    /**
     * @param technician a technician
     * @return their clock and hours (zero when never clocked)
     */
    public TechnicianTime technician(StaffId technician) {
        return storage.repository(TECHNICIANS).find(technician).map(Versioned::value)
                .orElse(TechnicianTime.none(technician));
    }

    /**
     * A team's efficiency (flag over clocked hours) and productivity (clocked over attended).
     *
     * @param team the team's name
     * @return the two ratios, each empty before any time is recorded
     */
    public List<Optional<BigDecimal>> teamPerformance(String team) {
        Team t = team(team);
        BigDecimal flag = BigDecimal.ZERO;
        BigDecimal clocked = BigDecimal.ZERO;
        BigDecimal attended = BigDecimal.ZERO;
        for (StaffId m : t.members()) {
            TechnicianTime tt = technician(m);
            flag = flag.add(tt.flagHours().multiply(BigDecimal.valueOf(60)));
            clocked = clocked.add(BigDecimal.valueOf(tt.clockedMinutes()));
            attended = attended.add(BigDecimal.valueOf(tt.attendedMinutes()));
        }
        return List.of(TechnicianTime.ratio(flag, clocked), TechnicianTime.ratio(clocked, attended));
    }

    /**
     * The hours booked on a team's day.
     *
     * @param team the team
     * @param day the day
     * @return the workload, empty when nothing is booked
     */
    public Workload workload(String team, LocalDate day) {
        WorkloadId id = WorkloadId.of(team, day);
        return storage.repository(WORKLOADS).find(id).map(Versioned::value).orElse(new Workload(id, Map.of()));
    }

    // ================================================================== appointments

    /**
     * Books an appointment (F2): parts checked and reserved, hours booked on the team's day (a
     * full day is refused with the nearest free days), the route and booklet messages to the
     * customer, security, the advisor, parts and the team told ahead, and the reconfirmation and
     * arrival deadlines set.
     *
     * @param c the command
     * @return the events
     * @throws BusinessRuleException {@code appointment.day-full} with the nearest free days as detail
     */
    public List<ServiceEvent> book(Commands.BookAppointment c) {
        check(c);
        Team team = team(c.team());
        knownStaff(c.advisor(), "advisor");
        return storage.inUnitOfWork(work -> bookIn(work, c, team, null, Map.of()));
    }

    /** Books an appointment inside a unit of work; a return visit names the order it returns to. */
    private List<ServiceEvent> bookIn(UnitOfWork work, Commands.BookAppointment c, Team team, RepairOrderId returnOf,
            Map<String, String> more) {
        AppointmentId id = AppointmentId.of(work.sequence(APPOINTMENT_NUMBERS).next().text());
        Stamp s = stamp(c.by(), id.value());
        LocalDate day = c.expectedArrival().atZone(zone).toLocalDate();
        bookHours(work, team, day, id.value(), c.estimatedHours(), "appointment.day-full");
        boolean reserved = c.parts().isEmpty();
        if (!c.parts().isEmpty() && supply != null) {
            Reservation r = supplyCall(() -> supply.reserve(work, SupplyDocument.appointment(id.value()),
                    c.parts(), day));
            reserved = r.complete();
        }
        RepairOrder.CustomerInfo customer = customer(c.customer());
        Appointment a = new Appointment(id, RepairOrderStatus.BOOKED, customer, c.plate(), c.model(),
                c.requests(), c.parts(), reserved, c.estimatedCost(), c.estimatedHours(), true, c.departureAt(),
                c.expectedArrival(), team.name(), c.advisor(), returnOf, null);
        work.repository(APPOINTMENTS).save(a, Versioned.NEW);
        Map<String, String> d = new LinkedHashMap<>(more);
        d.put("plate", c.plate().value());
        d.put("arrival", c.expectedArrival().toString());
        d.put("team", team.name());
        d.put("parts-reserved", String.valueOf(reserved));
        ServiceEvent booked = s.event(ServiceEvents.BOOKED, id.value(), a.status(), d);
        work.publish(booked);
        String key = id.value();
        Map<String, String> v = Map.of("customer", customer.name(), "dealership", dealership,
                "address", address, "arrival", local(c.expectedArrival()), "departure", local(c.departureAt()),
                "plate", c.plate().value(), "work", String.join("; ", c.requests()));
        notifyCustomer(work, key + "/route", "service.booking-route", customer, v);
        notifyCustomer(work, key + "/booklet", "service.bring-booklet", customer, v);
        for (StaffMember guard : staffWith(Role.SECURITY_GUARD)) {
            notifyStaff(work, key + "/parking/" + guard.id().value(), "service.keep-parking", guard.id(), v);
        }
        Set<StaffId> told = new java.util.LinkedHashSet<>();
        told.add(c.advisor());
        told.add(team.leader());
        staffWith(Role.PARTS_CLERK).forEach(m -> told.add(m.id()));
        for (StaffId who : told) {
            notifyStaff(work, key + "/prepare/" + who.value(), "service.prepare", who, v);
        }
        applyStandards(work, List.of(booked), c.advisor());
        return List.of(booked);
    }

    /**
     * The customer reconfirmed (F2); the reconfirmation deadline is met.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> confirm(Commands.ConfirmAppointment c) {
        check(c);
        return onAppointment(c.appointment(), c.by(), (a, work) -> a.confirm(stamp(c.by(), a.id().value())));
    }

    /**
     * The customer did not come: parts and hours released, deadlines settled.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> markNoShow(Commands.MarkNoShow c) {
        check(c);
        return onAppointment(c.appointment(), c.by(), (a, work) -> {
            Changed<Appointment> ch = a.noShow(stamp(c.by(), a.id().value()));
            releaseAppointment(work, a);
            return ch;
        });
    }

    /**
     * Cancels an appointment: parts and hours released, deadlines cancelled.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> cancel(Commands.CancelAppointment c) {
        check(c);
        return onAppointment(c.appointment(), c.by(), (a, work) -> {
            Changed<Appointment> ch = a.cancel(c.reason(), stamp(c.by(), a.id().value()));
            releaseAppointment(work, a);
            return ch;
        });
    }

    /**
     * Turns due deadlines into what they mean (C13): a missed {@link #ARRIVAL} marks the
     * appointment a no-show. Call it with what {@link Deadlines#due(Instant)} returned; other
     * deadlines are left to their escalation.
     *
     * @param due the deadline events
     * @return the service events caused
     */
    public List<ServiceEvent> handleDue(List<DeadlineEvent> due) {
        List<ServiceEvent> out = new ArrayList<>();
        for (DeadlineEvent e : due) {
            if (e instanceof DeadlineMissed m && ARRIVAL.equals(m.standard()) && "appointment".equals(m.subject().kind())) {
                AppointmentId id = AppointmentId.of(m.subject().id());
                Optional<Versioned<Appointment>> a = appointment(id);
                if (a.isPresent() && (a.get().value().status() == RepairOrderStatus.BOOKED
                        || a.get().value().status() == RepairOrderStatus.CONFIRMED)) {
                    out.addAll(markNoShow(new Commands.MarkNoShow(id, m.owner())));
                }
            }
        }
        return out;
    }

    /** Releases what the order and the appointment it came from hold (a cancelled order, a lost quote). */
    private void releaseParts(UnitOfWork work, RepairOrder o) {
        if (supply == null) {
            return;
        }
        if (o.appointment() != null) {
            supplyCall(() -> supply.release(work, SupplyDocument.appointment(o.appointment().value())));
        }
        supplyCall(() -> supply.release(work, SupplyDocument.repairOrder(o.id().value())));
    }

    private void releaseAppointment(UnitOfWork work, Appointment a) {
        unbookHours(work, a.team(), a.day(zone), a.id().value());
        if (supply != null && !a.parts().isEmpty()) {
            supplyCall(() -> supply.release(work, SupplyDocument.appointment(a.id().value())));
        }
    }

    // ================================================================== reception

    /**
     * Receives a car (F3): from its appointment or as a walk-in. The owning advisor is the one
     * named, or their backup when absent (A/B); the mileage may not be below the last reading;
     * a first visit makes the archive, a return lists its gaps; the advisor is told the customer
     * arrived.
     *
     * @param c the command
     * @return the events; the first names the new order
     */
    public List<ServiceEvent> checkIn(Commands.CheckIn c) {
        check(c);
        StaffId owner = advisorFor(c.advisor());
        return storage.inUnitOfWork(work -> {
            RepairOrderId id = RepairOrderId.of(work.sequence(ORDER_NUMBERS).next().text());
            Stamp s = stamp(c.by(), id.value());
            Repository<VehicleId, VehicleArchive> archives = work.repository(ARCHIVES);
            Optional<Versioned<VehicleArchive>> known = archives.find(c.vehicle());
            Mileage reading = Mileage.ofKm(c.mileageKm());
            Mileage last = known.map(v -> v.value().lastMileage()).orElse(null);
            RepairOrder.CustomerInfo customer = customer(c.customer());
            RepairOrder.Copy draft = new RepairOrder.Copy();
            draft.id = id;
            draft.appointment = c.appointment();
            draft.openedAt = s.now();
            draft.customer = customer;
            draft.vehicle = new RepairOrder.VehicleInfo(c.vehicle(), c.plate(), c.model(), reading, last);
            draft.advisor = owner;
            draft.waiting = c.waiting();
            draft.contactMobile = c.mobile();
            draft.taxiOffered = c.taxiOffered();
            draft.requests = c.requests().stream()
                    .map(r -> new Request(r, false, null, null, Request.Result.OPEN)).toList();
            VehicleArchive archive = known.map(v -> v.value().visited(c.plate(), c.vin(), c.model(),
                    customer.id(), customer.phone(), reading, s.now().atZone(zone).toLocalDate()))
                    .orElse(new VehicleArchive(c.vehicle(), c.plate(), c.vin(), c.model(), customer.id(),
                            customer.phone(), reading, s.now().atZone(zone).toLocalDate()));
            List<ServiceEvent> out = new ArrayList<>();
            if (c.appointment() != null) {
                Repository<AppointmentId, Appointment> appointments = work.repository(APPOINTMENTS);
                Versioned<Appointment> a = appointments.get(c.appointment());
                refuseReturnVisit(a.value());
                draft.status = RepairOrderStatus.CHECKED_IN;
                Changed<Appointment> arrived = a.value().arrive(draft.build(), stamp(c.by(), c.appointment().value()));
                appointments.save(arrived.value(), a.version());
                out.addAll(arrived.events());
            }
            Changed<RepairOrder> opened = RepairOrder.open(draft, s,
                    known.isPresent() ? archive.gaps() : List.of());
            work.repository(ORDERS).save(opened.value(), Versioned.NEW);
            archives.save(archive, known.map(Versioned::version).orElse(Versioned.NEW));
            out.addAll(opened.events());
            notifyStaff(work, id.value() + "/arrived", "service.customer-arrived", owner,
                    Map.of("plate", c.plate().value(), "customer", customer.name()));
            work.publishAll(out);
            applyStandards(work, out, owner);
            return out;
        });
    }

    /**
     * A car came in and waits at reception (F15): the advisor is told, and the reception-wait
     * standard starts, keyed by the plate until the car is checked in.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> registerArrival(Commands.RegisterArrival c) {
        check(c);
        knownStaff(c.advisor(), "advisor");
        return storage.inUnitOfWork(work -> {
            ServiceEvent e = stamp(c.by(), c.plate().value()).event(ServiceEvents.CAR_ARRIVED, c.plate().value(),
                    RepairOrderStatus.BOOKED, Map.of("plate", c.plate().value(), "advisor", c.advisor().value()));
            work.publish(e);
            notifyStaff(work, e.metadata().id().value() + "/arrived", "service.customer-arrived", c.advisor(),
                    Map.of("plate", c.plate().value(), "customer", "-"));
            applyStandards(work, List.of(e), c.advisor());
            return List.of(e);
        });
    }

    /**
     * The walk-around, signed by the customer through the signature-capture plugin (F3).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> recordWalkAround(Commands.RecordWalkAround c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            String sig = sign(o, o.id().value() + "/walk-around", "walk-around: " + String.join("; ", c.findings()));
            return o.recordReception(new RepairOrder.Reception(c.findings(), c.valuablesReminded(), c.itemsLeft(), sig,
                    c.coversFitted()), o.waiting(), o.contactMobile(), o.taxiOffered(), stamp(c.by(), o));
        });
    }

    /**
     * Multi-point inspection results (F3); a verdict nobody checked is refused.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> recordInspection(Commands.RecordInspection c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.recordInspection(c.items(), stamp(c.by(), o)));
    }

    /**
     * Every request read back and confirmed (F3, F4).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> confirmConcerns(Commands.ConfirmConcerns c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.confirmRequests(stamp(c.by(), o)));
    }

    /**
     * Diagnosis (F4, F20).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> diagnose(Commands.Diagnose c) {
        check(c);
        if (c.assistedBy() != null) {
            knownStaff(c.assistedBy(), "assistedBy");
        }
        return onOrder(c.order(), c.by(), (o, work) -> o.diagnose(c.causes(), c.diagnosisBay(), c.assistedBy(),
                stamp(c.by(), o)));
    }

    // ================================================================== estimate and consent

    /**
     * The first revision of the estimate (F5): labour hours from the labour guide, prices from
     * the pricing plugins, parts availability asked of the parts-supply port, the promised time
     * worked back from when the customer wants the car, a warning recorded when it may overrun.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> estimate(Commands.Estimate c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            List<EstimateLine> lines = lines(o, c.lines(), "lines");
            BigDecimal hours = lines.stream().filter(l -> l.kind() == EstimateLine.Kind.LABOUR)
                    .map(EstimateLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            Instant now = clock.instant();
            Duration work1 = Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue());
            Instant earliest = department != null && calendar != null ? calendar.plus(department, now, work1)
                    : now.plus(work1);
            Instant promised = c.wantedAt().minus(handoverBuffer);
            List<String> warnings = new ArrayList<>();
            if (earliest.isAfter(promised)) {
                warnings.add("work may overrun: earliest finish " + local(earliest));
                promised = earliest;
            }
            List<PartLine> parts = partLines(lines);
            if (!parts.isEmpty() && supply != null) {
                var availability = supplyCall(() -> supply.availability(work, parts,
                        c.wantedAt().atZone(zone).toLocalDate()));
                if (!availability.covered()) {
                    warnings.add("parts short: " + availability.shortages().stream()
                            .map(s -> s.line().part().value()).toList());
                }
            }
            return o.estimate(lines, c.wantedAt(), promised, warnings.isEmpty() ? null : String.join("; ", warnings),
                    new RepairOrder.PaymentDetails(c.paymentMethod(), c.invoiceTitle(), c.taxNumber()),
                    stamp(c.by(), o));
        });
    }

    /**
     * A new revision before approval, or at settlement (F19).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> revise(Commands.ReviseEstimate c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.revise(lines(o, c.lines(), "lines"), c.reason(),
                stamp(c.by(), o)));
    }

    /**
     * The customer approves one exact revision (F19); the signature is captured by the plugin.
     * Approved additional work during repair has its parts issued at once.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> approve(Commands.ApproveRevision c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            String sig = sign(o, o.id().value() + "/revision-" + c.revision(), "estimate revision " + c.revision());
            Changed<RepairOrder> ch = o.approve(c.revision(), c.declined(), sig, c.reason(), vatRate, stamp(c.by(), o));
            if (o.status() == RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL && supply != null) {
                List<PartLine> added = partLines(ch.value().latestRevision().orElseThrow().approvedLines());
                if (!added.isEmpty()) {
                    supplyCall(() -> {
                        supply.issue(work, SupplyDocument.repairOrder(o.id().value()), added);
                        return null;
                    });
                }
            }
            return ch;
        });
    }

    /**
     * The customer declines a revision: the quote is lost (reason kept, parts held for the order
     * released), or the added work is declined; its lines are kept for later solicitation.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> decline(Commands.DeclineRevision c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.decline(c.revision(), c.reason(), stamp(c.by(), o));
            if (ch.value().status() == RepairOrderStatus.CANCELLED) {
                releaseParts(work, o);
            }
            return ch;
        });
    }

    // ================================================================== dispatch and repair

    /**
     * Gives the job to a team (F6): the team must have the skills of every labour operation and
     * room for the flag hours on today's workload, keeping the capacity reserve free; the parts
     * of the approved lines are reserved (the appointment's hold moves to the order).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> dispatch(Commands.Dispatch c) {
        check(c);
        Team team = team(c.team());
        return onOrder(c.order(), c.by(), (o, work) -> {
            Set<String> needed = new TreeSet<>();
            for (EstimateLine l : o.approvedLines()) {
                if (l.kind() == EstimateLine.Kind.LABOUR && l.operation() != null) {
                    labourTime(l.operation(), o.vehicle().model()).ifPresent(t -> needed.add(t.skill()));
                }
            }
            needed.removeAll(team.skills());
            if (!needed.isEmpty()) {
                throw new BusinessRuleException("dispatch.skills",
                        FlowMessages.text("refusal.skills", team.name(), needed), null);
            }
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            if (o.appointment() != null) {
                Optional<Versioned<Appointment>> a = work.repository(APPOINTMENTS).find(o.appointment());
                a.ifPresent(v -> unbookHours(work, v.value().team(), v.value().day(zone), v.value().id().value()));
            }
            bookHours(work, team, today, o.id().value(), o.flagHours(), "dispatch.team-full");
            List<PartLine> parts = partLines(o.approvedLines());
            boolean reserved = parts.isEmpty();
            if (!parts.isEmpty() && supply != null) {
                if (o.appointment() != null) {
                    supplyCall(() -> supply.release(work, SupplyDocument.appointment(o.appointment().value())));
                }
                reserved = supplyCall(() -> supply.reserve(work, SupplyDocument.repairOrder(o.id().value()), parts,
                        today)).complete();
            }
            return o.dispatch(team.name(), reserved, stamp(c.by(), o));
        });
    }

    /**
     * A technician clocks on a labour line (F17): one open clock per technician, across orders.
     * The first clock on a dispatched order starts the repair and issues its parts.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> clockOn(Commands.ClockOn c) {
        check(c);
        knownStaff(c.technician(), "technician");
        return onOrder(c.order(), c.by(), (o, work) -> {
            Repository<StaffId, TechnicianTime> techs = work.repository(TECHNICIANS);
            Optional<Versioned<TechnicianTime>> t = techs.find(c.technician());
            Stamp s = stamp(c.by(), o);
            TechnicianTime on = t.map(Versioned::value).orElse(TechnicianTime.none(c.technician()))
                    .clockOn(o.id(), c.line(), s.now());
            Changed<RepairOrder> ch = o.clockOn(c.technician(), c.line(), s);
            techs.save(on, t.map(Versioned::version).orElse(Versioned.NEW));
            if (o.status() == RepairOrderStatus.DISPATCHED && supply != null) {
                List<PartLine> parts = partLines(o.approvedLines());
                if (!parts.isEmpty()) {
                    supplyCall(() -> {
                        supply.issue(work, SupplyDocument.repairOrder(o.id().value()), parts);
                        return null;
                    });
                }
            }
            return ch;
        });
    }

    /**
     * A technician clocks off (F17).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> clockOff(Commands.ClockOff c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Repository<StaffId, TechnicianTime> techs = work.repository(TECHNICIANS);
            Stamp s = stamp(c.by(), o);
            Changed<RepairOrder> ch = o.clockOff(c.technician(), s);
            Versioned<TechnicianTime> t = techs.get(c.technician());
            techs.save(t.value().clockOff(s.now()), t.version());
            return ch;
        });
    }

    /**
     * Minutes a technician attended, for productivity (F17).
     *
     * @param c the command
     * @return no events (attendance is not an order event)
     */
    public List<ServiceEvent> recordAttendance(Commands.RecordAttendance c) {
        check(c);
        knownStaff(c.technician(), "technician");
        return storage.inUnitOfWork(work -> {
            Repository<StaffId, TechnicianTime> techs = work.repository(TECHNICIANS);
            Optional<Versioned<TechnicianTime>> t = techs.find(c.technician());
            techs.save(t.map(Versioned::value).orElse(TechnicianTime.none(c.technician())).attended(c.minutes()),
                    t.map(Versioned::version).orElse(Versioned.NEW));
            return List.of();
        });
    }

    /**
     * Work found during repair (F7): a new revision waits for the customer, who is told.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> findAdditionalWork(Commands.FindAdditionalWork c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.findAdditionalWork(lines(o, c.lines(), "lines"), c.reason(), stamp(c.by(), o));
            notifyCustomer(work, eventKey(ch, "extra"), "service.additional-work", o.customer(),
                    Map.of("customer", o.customer().name(), "plate", o.vehicle().plate().value(), "reason", c.reason()));
            return ch;
        });
    }

    /**
     * The repair stops until parts come (F15): no technician may be clocked on; the timed
     * standards that pause on it (such as the settlement sheet's) stand still.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> waitForParts(Commands.WaitForParts c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.waitForParts(c.reason(), stamp(c.by(), o)));
    }

    /**
     * The awaited parts came (F15): the repair goes on and paused standards resume.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> partsArrived(Commands.PartsArrived c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.partsArrived(stamp(c.by(), o)));
    }

    /**
     * A delay (F7): the customer is told the new promised time at once.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> reportDelay(Commands.ReportDelay c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.reportDelay(c.promisedAt(), c.reason(), stamp(c.by(), o));
            notifyCustomer(work, eventKey(ch, "delay"), "service.new-promise", o.customer(),
                    Map.of("customer", o.customer().name(), "plate", o.vehicle().plate().value(),
                            "promised", local(c.promisedAt()), "reason", c.reason()));
            return ch;
        });
    }

    /**
     * Cause and correction of one request (F20); fixed only with a cause.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> recordResult(Commands.RecordResult c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.recordResult(c.request(), c.cause(), c.correction(),
                c.result(), stamp(c.by(), o)));
    }

    /**
     * The technician's quality guarantee card (F8).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> fillGuaranteeCard(Commands.FillGuaranteeCard c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.fillGuaranteeCard(c.card(), stamp(c.by(), o)));
    }

    /**
     * Repair finished (F8). Each labour line's flag hours are credited to the technician who
     * clocked most on it (F17).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> finishRepair(Commands.FinishRepair c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.finishRepair(stamp(c.by(), o));
            Map<StaffId, BigDecimal> credit = new LinkedHashMap<>();
            for (EstimateLine l : o.approvedLines()) {
                if (l.kind() != EstimateLine.Kind.LABOUR) {
                    continue;
                }
                Map<StaffId, Long> minutes = new LinkedHashMap<>();
                for (RepairOrder.ClockEntry e : o.clocks()) {
                    if (e.line().equals(l.key()) && e.off() != null) {
                        minutes.merge(e.technician(), Duration.between(e.on(), e.off()).toMinutes(), Long::sum);
                    }
                }
                minutes.entrySet().stream().max(Map.Entry.comparingByValue())
                        .ifPresent(best -> credit.merge(best.getKey(), l.quantity(), BigDecimal::add));
            }
            Repository<StaffId, TechnicianTime> techs = work.repository(TECHNICIANS);
            credit.forEach((tech, hours) -> {
                Optional<Versioned<TechnicianTime>> t = techs.find(tech);
                techs.save(t.map(Versioned::value).orElse(TechnicianTime.none(tech)).credit(hours),
                        t.map(Versioned::version).orElse(Versioned.NEW));
            });
            return ch;
        });
    }

    /**
     * A quality check (F8). A passed final inspection sends the car to the wash (if accepted;
     * the supervisor and advisor are told, the washer told where the repair was) or makes it
     * ready with its settlement sheet; a failure sends it back to repair with its reason code
     * and report.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> recordCheck(Commands.RecordCheck c) {
        check(c);
        if (!c.passed()) {
            Violations v = FlowMessages.violations();
            if (c.reasonCode() == null || c.reasonCode().isBlank()) {
                v.add("reasonCode", "check.failureReport");
            }
            if (c.report() == null || c.report().isBlank()) {
                v.add("report", "check.failureReport");
            }
            v.throwIfPresent();
        }
        return onOrder(c.order(), c.by(), (o, work) -> {
            Stamp s = stamp(c.by(), o);
            Changed<RepairOrder> ch = o.check(new QualityCheck(c.level(), c.passed(), c.by(), c.reasonCode(),
                    c.report(), s.now()), vatRate, s);
            if (ch.value().status() == RepairOrderStatus.WASHING) {
                Map<String, String> v = Map.of("plate", o.vehicle().plate().value(),
                        "area", o.approvedLines().stream().map(EstimateLine::description).toList().toString(),
                        "minutes", String.valueOf(o.wash().expectedMinutes()));
                Set<StaffId> told = new java.util.LinkedHashSet<>();
                told.add(o.advisor());
                staffWith(Role.WORKSHOP_SUPERVISOR).forEach(m -> told.add(m.id()));
                for (StaffId who : told) {
                    notifyStaff(work, eventKey(ch, "wash-" + who.value()), "service.wash-started", who, v);
                }
                for (StaffMember washer : staffWith(Role.WASHER)) {
                    notifyStaff(work, eventKey(ch, "washer-" + washer.id().value()), "service.wash-area",
                            washer.id(), v);
                }
            }
            return ch;
        });
    }

    // ================================================================== wash and ready

    /**
     * Whether the customer accepts a wash (F9).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> agreeWash(Commands.AgreeWash c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.agreeWash(c.accepted(), c.expectedMinutes(),
                stamp(c.by(), o)));
    }

    /**
     * The wash is done (F9): checklist complete, parked facing the exit; the settlement sheet is made.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> finishWashing(Commands.FinishWashing c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.finishWashing(c.checklist(), c.parkedFacingExit(), vatRate,
                stamp(c.by(), o)));
    }

    /**
     * Tells the customer to pick up (F10): allowed during the final check (for a customer who
     * left), the wash (for one who waits) or when ready. A pick-up in the rush hours (our
     * default: 08:00-09:00 and 17:00-18:30, in the calendar's zone) is refused.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> sendPickupNotice(Commands.SendPickupNotice c) {
        check(c);
        java.time.LocalTime at = c.pickupAt().atZone(zone).toLocalTime();
        if (!at.isBefore(java.time.LocalTime.of(8, 0)) && at.isBefore(java.time.LocalTime.of(9, 0))
                || !at.isBefore(java.time.LocalTime.of(17, 0)) && at.isBefore(java.time.LocalTime.of(18, 30))) {
            throw new BusinessRuleException("pickup.rush-hour", FlowMessages.text("refusal.rushHour", local(c.pickupAt())),
                    null);
        }
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.sendPickupNotice(c.pickupAt(), stamp(c.by(), o));
            notifyCustomer(work, eventKey(ch, "pickup"), "service.pickup", o.customer(),
                    Map.of("customer", o.customer().name(), "plate", o.vehicle().plate().value(),
                            "pickup", local(c.pickupAt())));
            return ch;
        });
    }

    // ================================================================== settlement and delivery

    /**
     * A discount with its named approver, who must hold the manager role (our default) (F18).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> applyDiscount(Commands.ApplyDiscount c) {
        check(c);
        StaffMember approver = knownStaff(c.approver(), "approver");
        if (!approver.has(Role.MANAGER)) {
            throw new ValidationException(FlowMessages.violations()
                    .add("approver", "discount.approver", c.approver().value()).list());
        }
        return onOrder(c.order(), c.by(), (o, work) -> {
            if (c.amount().isNegative() || c.amount().compareTo(o.approvedLines().stream()
                    .filter(l -> l.payer() == Payer.CUSTOMER).map(EstimateLine::amount)
                    .reduce(Money.ZERO, Money::plus)) > 0) {
                throw new BusinessRuleException("discount.amount", FlowMessages.text("refusal.discount", c.amount()),
                        null);
            }
            return o.applyDiscount(c.amount(), c.approver(), vatRate, stamp(c.by(), o));
        });
    }

    /**
     * The receiving advisor (or their backup while absent) explains the settlement, after
     * checking every request has a result and the pre-delivery check passed (F11, F20).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> explainSettlement(Commands.ExplainSettlement c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            if (!c.by().equals(o.advisor()) && !c.by().equals(staff.route(o.advisor(), absent).assignee().orElse(null))) {
                throw new BusinessRuleException("settlement.not-receiving-advisor",
                        FlowMessages.text("refusal.receivingAdvisor", c.by().value(), o.advisor().value()), null);
            }
            return o.explainSettlement(c.by(), stamp(c.by(), o));
        });
    }

    /**
     * The customer signs the explained settlement (F11).
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> signSettlement(Commands.SignSettlement c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.signSettlement(
                sign(o, o.id().value() + "/settlement", "settlement " + (o.settlement() == null ? "-"
                        : o.settlement().total())), stamp(c.by(), o)));
    }

    /**
     * The cashier takes payment (F11): exactly the total; an invoice number and an exit pass
     * are issued.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> takePayment(Commands.TakePayment c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.takePayment(c.amount(),
                work.sequence(INVOICE_NUMBERS).next().text(), work.sequence(EXIT_PASSES).next().text(),
                stamp(c.by(), o)));
    }

    /**
     * Hands the car over (F12): next service due by date or mileage, whichever comes first; a
     * group customer's decision-maker signs off through the signature plugin.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> deliver(Commands.Deliver c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            String sign = o.customer().group() && o.customer().decisionMaker() != null
                    ? sign(o, o.id().value() + "/sign-off", "delivery sign-off") : null;
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            RepairOrder.Handover h = new RepairOrder.Handover(c.coversRemoved(), c.keysReturned(), c.licenceReturned(),
                    c.bookletReturned(), sign, today.plus(serviceMonths),
                    Mileage.ofKm(o.vehicle().mileage().km() + serviceKm));
            return o.deliver(h, stamp(c.by(), o));
        });
    }

    /**
     * Security checks the exit pass at the gate (F11): a car without this order's unused pass is refused.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> passGate(Commands.PassGate c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> o.passGate(c.exitPass(), stamp(c.by(), o)));
    }

    /**
     * Records a follow-up call (F13). A call that did not reach the customer is recorded
     * ({@code repair-order.follow-up-unreached}) and the order stays delivered, still due. A call
     * that reached them records the score, remarks and tags and moves the order to followed up
     * ({@code repair-order.followed-up}, with the advisor, score and tags in its details); an
     * unhappy score (below the {@link SatisfactionScale} threshold) must come with a return visit,
     * which is booked as an appointment linked to the order in the same unit of work: when
     * booking is refused (a full day), nothing of the call is stored.
     *
     * @param c the command
     * @return the events: the call's, then the return appointment's
     * @throws ValidationException listing every problem: score missing or off the scale, remarks
     *     missing, unknown tags, an unhappy score without a return visit, an unknown team
     */
    public List<ServiceEvent> followUp(Commands.FollowUp c) {
        Violations v = FlowMessages.violations();
        validator.violations(c).forEach(x -> v.add(x.path(), x.code(), x.message()));
        if (c != null) {
            followUpProblems(c, v);
        }
        v.throwIfPresent();
        return storage.inUnitOfWork(work -> {
            Repository<RepairOrderId, RepairOrder> orders = work.repository(ORDERS);
            Versioned<RepairOrder> current = orders.get(c.order());
            RepairOrder o = current.value();
            Stamp s = stamp(c.by(), o);
            Repository<RepairOrderId, FollowUpRecord> records = work.repository(FOLLOW_UPS);
            Optional<Versioned<FollowUpRecord>> before = records.find(o.id());
            FollowUpRecord rec = before.map(Versioned::value).orElse(FollowUpRecord.none(o.id(), o.advisor()))
                    .with(new FollowUpRecord.Call(s.now(), c.by(), c.reached(), c.satisfaction(), c.remarks(),
                            c.tags()));
            long version = before.map(Versioned::version).orElse(Versioned.NEW);
            Map<String, String> d = new LinkedHashMap<>();
            d.put("advisor", o.advisor().value());
            d.put("by", c.by().value());
            if (!c.reached()) {
                // refused as the lifecycle refuses a follow-up of an order that is not delivered
                RepairOrderLifecycle.DEFINITION.fireOrThrow(o.status(), RepairOrderTrigger.FOLLOW_UP, o);
                d.put("attempt", String.valueOf(rec.unreached()));
                ServiceEvent missed = s.event(ServiceEvents.FOLLOW_UP_UNREACHED, o.id().value(), o.status(), d);
                records.save(rec, version);
                work.publish(missed);
                return List.of(missed);
            }
            d.put("satisfaction", String.valueOf(c.satisfaction()));
            d.put("unhappy", String.valueOf(satisfaction.unhappy(c.satisfaction())));
            d.put("tags", String.join(",", c.tags()));
            d.put("remarks", c.remarks());
            Changed<RepairOrder> ch = o.followUp(c.remarks(), d, s);
            orders.save(ch.value(), current.version());
            work.publishAll(ch.events());
            applyStandards(work, ch.events(), o.advisor());
            List<ServiceEvent> out = new ArrayList<>(ch.events());
            if (c.back() != null) {
                Commands.ReturnVisit back = c.back();
                RepairOrder.CustomerInfo ci = o.customer();
                Commands.BookAppointment booking = new Commands.BookAppointment(
                        new Commands.CustomerDetails(ci.id(), ci.name(), ci.phone(), ci.group(), ci.decisionMaker()),
                        o.vehicle().plate(), o.vehicle().model(), List.of(c.remarks()), List.of(), Money.ZERO,
                        back.hours(), back.at().minus(RETURN_DEPARTURE), back.at(), back.team(), o.advisor(), c.by());
                List<ServiceEvent> booked = bookIn(work, booking, team(back.team()), o.id(),
                        Map.of("return-of", o.id().value(), "return-kind", back.kind().name()));
                rec = rec.returning(AppointmentId.of(booked.get(0).subject()), back.kind());
                out.addAll(booked);
            }
            records.save(rec, version);
            return out;
        });
    }

    /** How long before a return visit the customer is taken to set off, for the booklet reminder (our default). */
    private static final Duration RETURN_DEPARTURE = Duration.ofMinutes(30);

    private void followUpProblems(Commands.FollowUp c, Violations v) {
        if (c.reached()) {
            if (c.satisfaction() == null) {
                v.add("satisfaction", "followUp.satisfaction", satisfaction.lowest(), satisfaction.highest(), "-");
            } else if (!satisfaction.contains(c.satisfaction())) {
                v.add("satisfaction", "followUp.satisfaction", satisfaction.lowest(), satisfaction.highest(),
                        c.satisfaction());
            } else if (satisfaction.unhappy(c.satisfaction()) && c.back() == null) {
                v.add("back", "followUp.returnRequired", c.satisfaction(), satisfaction.unhappyBelow());
            }
            if (c.remarks() == null || c.remarks().isBlank()) {
                v.add("remarks", "followUp.remarks");
            }
        } else {
            if (c.satisfaction() != null) {
                v.add("satisfaction", "followUp.unreached");
            }
            if (c.back() != null) {
                v.add("back", "followUp.unreached");
            }
        }
        List<String> tags = c.tags() == null ? List.of() : c.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) != null && !tags.get(i).isBlank() && !remarkTags.contains(tags.get(i))) {
                v.add("tags[" + i + "]", "followUp.tag", tags.get(i), remarkTags.codes());
            }
        }
        if (c.back() != null && c.back().team() != null && !teams.containsKey(c.back().team())) {
            v.add("back.team", "team.unknown", c.back().team(), new TreeSet<>(teams.keySet()));
        }
    }

    /**
     * The car booked back from a follow-up arrives (F13, the rework loop of F1): the return
     * appointment is arrived, its deadlines settled, and the order goes back to checked in with
     * the customer's remarks as a new request and the new reading (never below the last).
     *
     * @param c the command
     * @return the events
     * @throws BusinessRuleException {@code appointment.not-a-return} for an appointment that
     *     returns to no order
     */
    public List<ServiceEvent> receiveReturn(Commands.ReceiveReturn c) {
        check(c);
        return storage.inUnitOfWork(work -> {
            Repository<AppointmentId, Appointment> appointments = work.repository(APPOINTMENTS);
            Versioned<Appointment> a = appointments.get(c.appointment());
            RepairOrderId returnOf = a.value().repairOrder();
            Optional<Versioned<FollowUpRecord>> rec = returnOf == null ? Optional.empty()
                    : work.repository(FOLLOW_UPS).find(returnOf);
            if (rec.isEmpty() || !c.appointment().equals(rec.get().value().returnVisit())) {
                throw new BusinessRuleException("appointment.not-a-return",
                        FlowMessages.text("refusal.notAReturn", c.appointment().value()), null);
            }
            Repository<RepairOrderId, RepairOrder> orders = work.repository(ORDERS);
            Versioned<RepairOrder> o = orders.get(returnOf);
            Stamp s = stamp(c.by(), o.value());
            Changed<RepairOrder> back = o.value().rework(a.value().requests().get(0), Mileage.ofKm(c.mileageKm()),
                    Map.of("return-kind", rec.get().value().returnKind().name(), "appointment", a.value().id().value()),
                    s);
            Changed<Appointment> arrived = a.value().arrive(back.value(), stamp(c.by(), a.value().id().value()));
            appointments.save(arrived.value(), a.version());
            orders.save(back.value(), o.version());
            Repository<VehicleId, VehicleArchive> archives = work.repository(ARCHIVES);
            RepairOrder.VehicleInfo car = o.value().vehicle();
            archives.find(car.id()).ifPresent(v -> archives.save(v.value().visited(car.plate(), null, null,
                    o.value().customer().id(), null, Mileage.ofKm(c.mileageKm()), s.now().atZone(zone).toLocalDate()),
                    v.version()));
            notifyStaff(work, returnOf.value() + "/returned/" + a.value().id().value(), "service.customer-arrived",
                    o.value().advisor(), Map.of("plate", car.plate().value(), "customer", o.value().customer().name()));
            List<ServiceEvent> out = new ArrayList<>(arrived.events());
            out.addAll(back.events());
            work.publishAll(out);
            applyStandards(work, out, o.value().advisor());
            return out;
        });
    }

    /**
     * Marks a followed-up case as well handled, so that the way it was handled is shared in
     * training (F13); the statistics list it.
     *
     * @param c the command
     * @return the event
     * @throws BusinessRuleException {@code follow-up.not-reached} when no call reached the customer
     */
    public List<ServiceEvent> markForTraining(Commands.MarkForTraining c) {
        check(c);
        return storage.inUnitOfWork(work -> {
            RepairOrder o = work.repository(ORDERS).get(c.order()).value();
            Repository<RepairOrderId, FollowUpRecord> records = work.repository(FOLLOW_UPS);
            Optional<Versioned<FollowUpRecord>> rec = records.find(c.order());
            if (rec.isEmpty() || rec.get().value().lastReached().isEmpty()) {
                throw new BusinessRuleException("follow-up.not-reached",
                        FlowMessages.text("refusal.notFollowedUp", c.order().value()), null);
            }
            records.save(rec.get().value().forTraining(c.lesson(), c.by()), rec.get().version());
            ServiceEvent e = stamp(c.by(), o).event(ServiceEvents.MARKED_FOR_TRAINING, o.id().value(), o.status(),
                    Map.of("advisor", o.advisor().value(), "lesson", c.lesson(), "by", c.by().value()));
            work.publish(e);
            return List.of(e);
        });
    }

    /**
     * @param order an order
     * @return its follow-up calls, if any was made
     */
    public Optional<FollowUpRecord> followUps(RepairOrderId order) {
        return storage.repository(FOLLOW_UPS).find(order).map(Versioned::value);
    }

    /**
     * Closes a followed-up order; refused while a return visit booked from the follow-up is
     * still to come.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> close(Commands.Close c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Optional<AppointmentId> back = work.repository(FOLLOW_UPS).find(o.id())
                    .map(v -> v.value().returnVisit());
            Optional<Versioned<Appointment>> visit = back.flatMap(id -> work.repository(APPOINTMENTS).find(id));
            if (visit.isPresent() && (visit.get().value().status() == RepairOrderStatus.BOOKED
                    || visit.get().value().status() == RepairOrderStatus.CONFIRMED)) {
                throw new BusinessRuleException("follow-up.return-pending",
                        FlowMessages.text("refusal.returnPending", o.id().value(), visit.get().value().id().value()),
                        null);
            }
            return o.close(stamp(c.by(), o));
        });
    }

    private void refuseReturnVisit(Appointment a) {
        if (a.repairOrder() != null && (a.status() == RepairOrderStatus.BOOKED
                || a.status() == RepairOrderStatus.CONFIRMED)) {
            throw new BusinessRuleException("appointment.return-visit",
                    FlowMessages.text("refusal.returnVisit", a.id().value(), a.repairOrder().value()), null);
        }
    }

    /**
     * Cancels an order before the work starts (it is never dispatched then, so no hours are
     * booked for it); the parts its appointment or the order hold are released.
     *
     * @param c the command
     * @return the events
     */
    public List<ServiceEvent> cancel(Commands.CancelOrder c) {
        check(c);
        return onOrder(c.order(), c.by(), (o, work) -> {
            Changed<RepairOrder> ch = o.cancel(c.reason(), stamp(c.by(), o));
            releaseParts(work, o);
            return ch;
        });
    }

    // ================================================================== machinery

    private List<ServiceEvent> onOrder(RepairOrderId id, StaffId by,
            BiFunction<RepairOrder, UnitOfWork, Changed<RepairOrder>> change) {
        return on(ORDERS, id, change);
    }

    private List<ServiceEvent> onAppointment(AppointmentId id, StaffId by,
            BiFunction<Appointment, UnitOfWork, Changed<Appointment>> change) {
        return on(APPOINTMENTS, id, change);
    }

    /** One command on one aggregate: load, change, save with the version read, publish; one unit of work. */
    private <I extends org.aftersales.core.id.Identifier, A extends org.aftersales.core.store.Aggregate<I>>
            List<ServiceEvent> on(AggregateType<I, A> type, I id, BiFunction<A, UnitOfWork, Changed<A>> change) {
        return storage.inUnitOfWork(work -> {
            Repository<I, A> repo = work.repository(type);
            Versioned<A> current = repo.get(id);
            Changed<A> ch = change.apply(current.value(), work);
            repo.save(ch.value(), current.version());
            work.publishAll(ch.events());
            StaffId owner = ch.value() instanceof RepairOrder o ? o.advisor()
                    : ch.value() instanceof Appointment a ? a.advisor() : null;
            applyStandards(work, ch.events(), owner);
            return ch.events();
        });
    }

    private void check(Object command) {
        if (command == null) {
            throw new ValidationException(FlowMessages.violations().add("", "required").list());
        }
        validator.check(command);
    }

    private Stamp stamp(StaffId by, String correlation) {
        return Stamp.of(events, Actor.staff(by), correlation);
    }

    private Stamp stamp(StaffId by, RepairOrder o) {
        return stamp(by, o.id().value());
    }

    private Team team(String name) {
        Team t = teams.get(name);
        if (t == null) {
            throw new ValidationException(FlowMessages.violations()
                    .add("team", "team.unknown", name, new TreeSet<>(teams.keySet())).list());
        }
        return t;
    }

    private StaffMember knownStaff(StaffId id, String path) {
        try {
            return staff.member(id);
        } catch (org.aftersales.core.error.NotFoundException e) {
            throw new ValidationException(FlowMessages.violations().add(path, "staff.unknown", id.value()).list());
        }
    }

    private StaffId advisorFor(StaffId named) {
        knownStaff(named, "advisor");
        Routing r = staff.route(named, absent);
        return r.assignee().orElseThrow(() -> new BusinessRuleException("reception.no-advisor",
                FlowMessages.text("refusal.noAdvisor", named.value()), null));
    }

    private List<StaffMember> staffWith(Role role) {
        return staff.staff().stream().filter(m -> m.has(role)).toList();
    }

    private static RepairOrder.CustomerInfo customer(Commands.CustomerDetails c) {
        return new RepairOrder.CustomerInfo(c.id(), c.name(), c.phone(), c.group(), c.decisionMaker());
    }

    private String sign(RepairOrder o, String document, String summary) {
        SignatureCapture first = signatures.plugins().get(0);
        String ref = PluginHost.call(first, p -> p.capture(new SignatureRequest(document,
                o.customer().group() && o.customer().decisionMaker() != null ? o.customer().decisionMaker()
                        : o.customer().name(), summary)));
        if (ref == null || ref.isBlank()) {
            throw PluginFailureException.failed(first.id(), new IllegalStateException("blank signature reference"));
        }
        return ref;
    }

    private Optional<LabourTime> labourTime(String operation, String model) {
        for (LabourTimes guide : labourTimes.plugins()) {
            Optional<LabourTime> t = PluginHost.call(guide, g -> g.find(operation, model));
            if (t != null && t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private Optional<Money> price(java.util.function.Function<Pricing, Optional<Money>> ask) {
        for (Pricing p : pricing.plugins()) {
            Optional<Money> m = PluginHost.call(p, ask);
            if (m != null && m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private List<EstimateLine> lines(RepairOrder o, List<Commands.Line> asked, String path) {
        Violations v = FlowMessages.violations();
        List<EstimateLine> out = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            Commands.Line l = asked.get(i);
            String at = path + "[" + i + "]";
            if (!keys.add(l.key())) {
                v.add(at + ".key", "line.duplicateKey", l.key());
            }
            if (l.request() >= o.requests().size()) {
                v.add(at + ".request", "line.request", l.request(), o.requests().size());
            }
            BigDecimal quantity = l.quantity();
            Money unit = l.unitPrice();
            if (l.kind() == EstimateLine.Kind.LABOUR) {
                if (l.operation() == null || l.operation().isBlank()) {
                    v.add(at + ".operation", "line.operation");
                    continue;
                }
                Optional<LabourTime> t = labourTime(l.operation(), o.vehicle().model());
                if (quantity == null) {
                    if (t.isEmpty()) {
                        v.add(at + ".operation", "line.unknownOperation", l.operation(), o.vehicle().model());
                        continue;
                    }
                    quantity = t.get().hours();
                }
                if (unit == null) {
                    unit = price(p -> p.labourRate(l.operation(), o.vehicle().model())).orElse(labourRate);
                }
            } else {
                if (l.part() == null) {
                    v.add(at + ".part", "line.part");
                    continue;
                }
                if (quantity == null) {
                    v.add(at + ".quantity", "line.quantity");
                    continue;
                }
                if (unit == null) {
                    unit = price(p -> p.partPrice(l.part())).orElse(null);
                    if (unit == null) {
                        v.add(at + ".unitPrice", "line.price", l.part().value());
                        continue;
                    }
                }
            }
            out.add(new EstimateLine(l.key(), l.kind(), l.description(), l.operation(), l.part(), quantity, unit,
                    l.payer(), l.request()));
        }
        v.throwIfPresent();
        return out;
    }

    private static List<PartLine> partLines(List<EstimateLine> lines) {
        List<PartLine> out = new ArrayList<>();
        for (EstimateLine l : lines) {
            if (l.needsPart()) {
                Quantity q = l.kind() == EstimateLine.Kind.FLUID
                        ? Quantity.of(l.quantity().toPlainString(), Quantity.Unit.LITRE)
                        : Quantity.of(l.quantity().toPlainString(), Quantity.Unit.PIECE);
                out.add(new PartLine(l.part(), q));
            }
        }
        return out;
    }

    private <T> T supplyCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (BusinessRuleException | ValidationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PluginFailureException.failed(supply.id(), e);
        }
    }

    private void bookHours(UnitOfWork work, Team team, LocalDate day, String document, BigDecimal hours, String rule) {
        Repository<WorkloadId, Workload> repo = work.repository(WORKLOADS);
        BigDecimal limit = team.dailyHours().multiply(BigDecimal.ONE.subtract(capacityReserve));
        WorkloadId id = WorkloadId.of(team.name(), day);
        Optional<Versioned<Workload>> current = repo.find(id);
        Workload w = current.map(Versioned::value).orElse(new Workload(id, Map.of()));
        if (!w.fits(hours, limit)) {
            List<LocalDate> free = new ArrayList<>();
            for (LocalDate d = day.plusDays(1); free.size() < 3 && d.isBefore(day.plusDays(31)); d = d.plusDays(1)) {
                if (department != null && calendar != null && !calendar.isWorkingDay(department, d)) {
                    continue;
                }
                if (work.repository(WORKLOADS).find(WorkloadId.of(team.name(), d)).map(Versioned::value)
                        .orElse(new Workload(WorkloadId.of(team.name(), d), Map.of())).fits(hours, limit)) {
                    free.add(d);
                }
            }
            throw new BusinessRuleException(rule, FlowMessages.text("refusal.dayFull", team.name(), day, w.total(),
                    limit.stripTrailingZeros().toPlainString(), hours, free), new FreeDays(free));
        }
        repo.save(w.with(document, hours), current.map(Versioned::version).orElse(Versioned.NEW));
    }

    private void unbookHours(UnitOfWork work, String team, LocalDate day, String document) {
        Repository<WorkloadId, Workload> repo = work.repository(WORKLOADS);
        repo.find(WorkloadId.of(team, day)).filter(v -> v.value().booked().containsKey(document))
                .ifPresent(v -> repo.save(v.value().without(document), v.version()));
    }

    /**
     * Applies the blueprint's timed standards to the events a command caused, in the command's
     * unit of work (F15, C13): each event may start, meet, cancel, pause or resume the deadline
     * of each timed standard that names it. One mechanism for every standard.
     *
     * @param owner the owner of a deadline started here, unless the event's {@code advisor} detail names one
     */
    private void applyStandards(UnitOfWork work, List<ServiceEvent> caused, StaffId owner) {
        if (deadlines == null) {
            return;
        }
        for (ServiceEvent e : caused) {
            for (TimedStandard t : blueprint.timedStandards()) {
                if (!t.concerns(e.type())) {
                    continue;
                }
                String subjectId = t.subjectId(e.subject(), e.details());
                if (subjectId == null || subjectId.isBlank()) {
                    continue;
                }
                SubjectRef subject = SubjectRef.of(t.subjectKind(), subjectId);
                Instant at = e.metadata().occurredAt();
                if (t.startOn().contains(e.type())) {
                    String named = e.details().get("advisor");
                    StaffId who = named != null ? StaffId.of(named) : owner;
                    if (who != null) {
                        deadlines.set(work, new SetDeadline(subject, t.code(), who, t.start(at, e.details())));
                    }
                }
                if (t.metBy().contains(e.type())) {
                    settle(work, subject, t.code(), at, Deadlines::meet);
                }
                if (t.cancelledBy().contains(e.type())) {
                    settle(work, subject, t.code(), at, Deadlines::cancel);
                }
                if (t.pausedBy().contains(e.type())) {
                    change(work, subject, t.code(), at, Deadline.Status.OPEN, Deadlines::pause);
                }
                if (t.resumedBy().contains(e.type())) {
                    change(work, subject, t.code(), at, Deadline.Status.PAUSED, Deadlines::resume);
                }
            }
        }
    }

    /** How a deadline is changed in a unit of work at an instant. */
    @FunctionalInterface
    private interface DeadlineChange {
        Deadline apply(Deadlines deadlines, UnitOfWork work, DeadlineId id, Instant at);
    }

    private void settle(UnitOfWork work, SubjectRef subject, String standard, Instant now, DeadlineChange how) {
        change(work, subject, standard, now, null, how);
    }

    /**
     * Changes the subject's deadline under a standard when it is in the state given (any state
     * not settled when null). A deadline cannot change before its start (the reconfirmation
     * window opens in the future) nor before its last pause began or ended: it changes then.
     */
    private void change(UnitOfWork work, SubjectRef subject, String standard, Instant now, Deadline.Status when,
            DeadlineChange how) {
        DeadlineId did = DeadlineId.of(subject, standard);
        Optional<Versioned<Deadline>> found = work.repository(Deadlines.TYPE).find(did);
        if (found.isEmpty() || found.get().value().status().isSettled()
                || when != null && found.get().value().status() != when) {
            return;
        }
        Deadline d = found.get().value();
        Instant at = now.isBefore(d.start()) ? d.start() : now;
        for (org.aftersales.core.deadline.PauseInterval p : d.pauses()) {
            Instant edge = p.to() == null ? p.from() : p.to();
            at = at.isBefore(edge) ? edge : at;
        }
        how.apply(deadlines, work, did, at);
    }

    private String local(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private static String eventKey(Changed<RepairOrder> ch, String purpose) {
        return ch.events().get(0).metadata().id().value() + "/" + purpose;
    }

    private void notifyCustomer(UnitOfWork work, String key, String message, RepairOrder.CustomerInfo to,
            Map<String, String> values) {
        if (notifications == null) {
            return;
        }
        notifications.queue(work, new Notify(NotificationId.of(key), message,
                Recipient.customer(to.id(), to.phone(), CUSTOMER_CHANNELS), values));
    }

    private void notifyStaff(UnitOfWork work, String key, String message, StaffId to, Map<String, String> values) {
        if (notifications == null) {
            return;
        }
        notifications.queue(work, new Notify(NotificationId.of(key), message, Recipient.staff(to), values));
    }

    /** Customers are reached by SMS, else a phone task (our default). */
    private static final ContactPreferences CUSTOMER_CHANNELS = new ContactPreferences(
            List.of(ContactPreferences.Channel.SMS, ContactPreferences.Channel.PHONE), null, null, false);

    /** The default signature capture: a signature on paper, filed under the document's name. */
    static final class PaperSignatures implements SignatureCapture {

        @Override
        public String id() {
            return "paper";
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }

        @Override
        public String capture(SignatureRequest request) {
            return "paper:" + request.document();
        }
    }

    /** Configures a {@link ServiceDesk}. Not thread-safe; one per desk. */
    public static final class Builder {

        private Storage storage;
        private Clock clock;
        private BusinessCalendar calendar;
        private DepartmentId department;
        private StaffDirectory staff;
        private Predicate<StaffId> absent = id -> false;
        private Deadlines deadlines;
        private Notifications notifications;
        private final PluginHost.Builder<LabourTimes> labourTimes = PluginHost.builder(LabourTimes.class);
        private final PluginHost.Builder<SignatureCapture> signatures = PluginHost.builder(SignatureCapture.class);
        private final PluginHost.Builder<Pricing> pricing = PluginHost.builder(Pricing.class);
        private boolean discover;
        private PartsSupply supply;
        private final Map<String, Team> teams = new LinkedHashMap<>();
        private BigDecimal vatRate = new BigDecimal("0.13");
        private Duration reconfirmLead;
        private ServiceBlueprint blueprint = ServiceBlueprint.defaults();
        private BigDecimal capacityReserve = new BigDecimal("0.20");
        private Duration handoverBuffer = Duration.ofMinutes(30);
        private long serviceKm = 5_000;
        private java.time.Period serviceMonths = java.time.Period.ofMonths(6);
        private Money labourRate = Money.ofYuan("120.00");
        private String dealership = "";
        private String address = "";
        private SatisfactionScale satisfaction = SatisfactionScale.DEFAULT;
        private Vocabulary remarkTags = Vocabulary.remarkTags();

        private Builder() {
        }

        /**
         * @param scale the follow-up satisfaction scale and its unhappy threshold; 1 to 5,
         *     unhappy below 3 by default ({@link SatisfactionScale#DEFAULT})
         * @return this builder
         */
        public Builder satisfactionScale(SatisfactionScale scale) {
            this.satisfaction = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /**
         * @param tags the tags follow-up remarks may carry; {@link Vocabulary#remarkTags()} by default
         * @return this builder
         */
        public Builder remarkTags(Vocabulary tags) {
            this.remarkTags = Objects.requireNonNull(tags, "tags");
            return this;
        }

        /**
         * @param storage the storage (required)
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * @param clock the clock events and times read (required)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The business calendar and the department whose hours count for promised times and
         * free booking days; without it, plain time and every day count.
         *
         * @param calendar the calendar
         * @param department the service department
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar, DepartmentId department) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            this.department = Objects.requireNonNull(department, "department");
            return this;
        }

        /**
         * @param staff the staff directory (required)
         * @return this builder
         */
        public Builder staff(StaffDirectory staff) {
            this.staff = Objects.requireNonNull(staff, "staff");
            return this;
        }

        /**
         * Who is absent now, for the A/B backup of advisors; nobody by default.
         *
         * @param absent the test
         * @return this builder
         */
        public Builder absence(Predicate<StaffId> absent) {
            this.absent = Objects.requireNonNull(absent, "absent");
            return this;
        }

        /**
         * The deadlines service, built with {@link ServiceDesk#standards()}; none by default
         * (then no deadline is set).
         *
         * @param deadlines the service
         * @return this builder
         */
        public Builder deadlines(Deadlines deadlines) {
            this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
            return this;
        }

        /**
         * The notification outbox, built with {@link ServiceDesk#templates()}; none by default
         * (then nothing is queued).
         *
         * @param notifications the outbox
         * @return this builder
         */
        public Builder notifications(Notifications notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /**
         * @param guides labour-time plugins
         * @return this builder
         */
        public Builder labourTimes(LabourTimes... guides) {
            labourTimes.register(guides);
            return this;
        }

        /**
         * @param captures signature-capture plugins; paper signatures when none
         * @return this builder
         */
        public Builder signatures(SignatureCapture... captures) {
            signatures.register(captures);
            return this;
        }

        /**
         * @param prices pricing plugins
         * @return this builder
         */
        public Builder pricing(Pricing... prices) {
            pricing.register(prices);
            return this;
        }

        /**
         * Also finds labour-time, signature and pricing plugins with {@link ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverPlugins() {
            this.discover = true;
            return this;
        }

        /**
         * @param supply the parts-supply port (parts-inventory provides one); without it, part
         *     lines can never be reserved and dispatch of an order with parts is refused
         * @return this builder
         */
        public Builder partsSupply(PartsSupply supply) {
            this.supply = Objects.requireNonNull(supply, "supply");
            return this;
        }

        /**
         * @param team a workshop team
         * @return this builder
         */
        public Builder team(Team team) {
            teams.put(team.name(), team);
            return this;
        }

        /**
         * @param rate the VAT rate, 0.13 by default
         * @return this builder
         */
        public Builder vatRate(BigDecimal rate) {
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("VAT rate must be in [0, 1): " + rate);
            }
            this.vatRate = rate;
            return this;
        }

        /**
         * @param lead how long before the expected arrival the reconfirmation is due; 20 minutes
         *     by default (the blueprint's {@code service.reconfirm} lead less its window)
         * @return this builder
         */
        public Builder reconfirmLead(Duration lead) {
            this.reconfirmLead = Objects.requireNonNull(lead, "lead");
            return this;
        }

        /**
         * The service blueprint whose timed standards the desk applies (F15);
         * {@link ServiceBlueprint#defaults()} by default. Build the deadlines service with
         * {@link ServiceDesk#standards(ServiceBlueprint, DepartmentId)} of the same blueprint.
         *
         * @param blueprint the blueprint
         * @return this builder
         */
        public Builder blueprint(ServiceBlueprint blueprint) {
            this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
            return this;
        }

        /** The blueprint with the reconfirmation lead set on this builder, if any. */
        private ServiceBlueprint blueprint() {
            if (reconfirmLead == null) {
                return blueprint;
            }
            return blueprint.timedStandard(RECONFIRM)
                    .map(t -> blueprint.with(t.withBefore(reconfirmLead.plus(t.within())))).orElse(blueprint);
        }

        /**
         * @param share the share of each team's day kept free of appointments and dispatches; 0.20 by default
         * @return this builder
         */
        public Builder capacityReserve(BigDecimal share) {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("capacity reserve must be in [0, 1): " + share);
            }
            this.capacityReserve = share;
            return this;
        }

        /**
         * @param buffer time between the promised completion and when the customer wants the car; 30 minutes by default
         * @return this builder
         */
        public Builder handoverBuffer(Duration buffer) {
            this.handoverBuffer = Objects.requireNonNull(buffer, "buffer");
            return this;
        }

        /**
         * @param km kilometres to the next service, 5,000 by default
         * @param period time to the next service, 6 months by default; whichever comes first
         * @return this builder
         */
        public Builder serviceInterval(long km, java.time.Period period) {
            this.serviceKm = km;
            this.serviceMonths = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * @param rate the labour rate per flat-rate hour when no pricing plugin answers; 120 yuan by default
         * @return this builder
         */
        public Builder labourRate(Money rate) {
            this.labourRate = Objects.requireNonNull(rate, "rate");
            return this;
        }

        /**
         * @param name the dealership's name, in messages
         * @param address its address and route, in the booking message
         * @return this builder
         */
        public Builder dealership(String name, String address) {
            this.dealership = Objects.requireNonNull(name, "name");
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return the desk
         * @throws IllegalStateException if storage, clock or staff is missing, a deadlines service
         *     lacks the desk's standards, or an outbox lacks its templates
         * @throws PluginFailureException if plugins share an id or cannot be loaded
         */
        public ServiceDesk build() {
            if (storage == null || staff == null || clock == null) {
                throw new IllegalStateException("a service desk needs storage, a clock and a staff directory");
            }
            if (deadlines != null) {
                for (TimedStandard s : blueprint.timedStandards()) {
                    if (deadlines.standard(s.code()).isEmpty()) {
                        throw new IllegalStateException("the deadlines service lacks the standard " + s.code()
                                + "; build it with ServiceDesk.standards()");
                    }
                }
            }
            if (notifications != null) {
                List<String> missing = templates().codes().stream()
                        .filter(code -> notifications.templates().find(code).isEmpty()).sorted().toList();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("the notification outbox lacks the templates " + missing
                            + "; build it with ServiceDesk.templates()");
                }
            }
            return new ServiceDesk(this);
        }
    }
}
