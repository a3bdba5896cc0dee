package org.aftersales.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.notification.spi.NotificationSender;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;

/**
 * A dealership for complaint tests: customer care, service, workshop, parts and finance, on
 * the bundled 2026 arrangement, with a clock the test moves, an outbox whose senders record
 * what they send, and the desk wired as its javadoc shows.
 */
final class Fixture {

    static final DepartmentId CARE = DepartmentId.of("customer-care");
    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final DepartmentId WORKSHOP = DepartmentId.of("workshop");
    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final DepartmentId FINANCE = DepartmentId.of("finance");
    static final StaffId WANG = StaffId.of("wang");
    static final StaffId LI = StaffId.of("li");
    static final StaffId ZHAO = StaffId.of("zhao");
    static final StaffId ZHOU = StaffId.of("zhou");
    static final StaffId QIAN = StaffId.of("qian");
    static final StaffId HE = StaffId.of("he");
    static final StaffId SUN = StaffId.of("sun");
    static final StaffId MA = StaffId.of("ma");
    static final CustomerId LIU = CustomerId.of("C-LIU");
    static final VehicleId CAR = VehicleId.of("V-1");
    static final RepairOrderId RO = RepairOrderId.of("RO-2026-000042");

    static final String HOURS = """
            {"openingHours": {"customer-care": {
                "MONDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "TUESDAY":   [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "WEDNESDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "THURSDAY":  [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "FRIDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "SATURDAY":  [{"open": "09:00", "close": "12:00"}]}}}""";

    static final StaffDirectory STAFF = StaffDirectory.of(
            List.of(new Department(CARE, DepartmentKind.CUSTOMER_CARE, "Customer care", ZHOU),
                    new Department(SERVICE, DepartmentKind.SERVICE, "Service", ZHAO),
                    new Department(WORKSHOP, DepartmentKind.WORKSHOP, "Workshop", QIAN),
                    new Department(PARTS, DepartmentKind.PARTS, "Parts", HE),
                    new Department(FINANCE, DepartmentKind.FINANCE, "Finance", SUN)),
            List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), LI),
                    new StaffMember(LI, "Li", SERVICE, Set.of(Role.SERVICE_ADVISOR), WANG),
                    new StaffMember(ZHAO, "Zhao", SERVICE, Set.of(Role.MANAGER), null),
                    new StaffMember(ZHOU, "Zhou", CARE, Set.of(Role.MANAGER, Role.COMPLAINT_OFFICER), null),
                    new StaffMember(QIAN, "Qian", WORKSHOP, Set.of(Role.WORKSHOP_SUPERVISOR), null),
                    new StaffMember(HE, "He", PARTS, Set.of(Role.PARTS_CLERK), null),
                    new StaffMember(SUN, "Sun", FINANCE, Set.of(Role.MANAGER), null),
                    new StaffMember(MA, "Ma", FINANCE, Set.of(Role.SETTLEMENT_CLERK), null)));

    static final ContactPreferences BY_SMS =
            new ContactPreferences(List.of(ContactPreferences.Channel.SMS), null, null, false);

    final MovableClock clock;
    final BusinessCalendar calendar = BusinessCalendar.fromJson(HOURS);
    final Storage storage;
    final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
    final Notifications outbox;
    final Deadlines deadlines;
    final ComplaintDesk desk;

    Fixture(String start) {
        this(start, b -> b);
    }

    Fixture(String start, java.util.function.UnaryOperator<ComplaintDesk.Builder> more) {
        this(start, more, s -> false);
    }

    Fixture(String start, java.util.function.UnaryOperator<ComplaintDesk.Builder> more,
            java.util.function.Predicate<StaffId> absent) {
        clock = new MovableClock(at(start));
        storage = Storage.builder().discovery(false).clock(clock).build();
        outbox = Notifications.builder().storage(storage).clock(clock)
                .templates(Templates.standardPhrases().with(ComplaintDesk.templates()))
                .sender(sender("test-sms", Channel.SMS), sender("test-alerts", Channel.STAFF_ALERT)).build();
        deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF)
                .listener(ComplaintEscalation.of(outbox, STAFF, clock, calendar.zone()).absence(absent)).build();
        desk = more.apply(ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF)
                .deadlines(deadlines).notifications(outbox).department(CARE)).build();
    }

    private NotificationSender sender(String id, Channel channel) {
        return new NotificationSender() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(OutgoingMessage message) {
                sent.add(message);
            }
        };
    }

    /** A local time in the dealership's zone (+08:00), such as {@code 2026-11-23T09:00}. */
    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    Fixture now(String local) {
        clock.set(at(local));
        return this;
    }

    Complaint receive(StaffId by, CustomerContact contact) {
        return desk.receive(new ComplaintCommand.Receive(by, IntakeChannel.PHONE,
                new Links(LIU, CAR, RO, null), "The brakes squeal since the last service.", contact, null));
    }

    Complaint receive() {
        return receive(WANG, null);
    }

    /** Walks a complaint to the stage where it is resolved: classified, heard, analysed, decided, solved, path recorded. */
    Complaint toResolving(ComplaintNumber n, Cause cause) {
        Complaint before = desk.get(n);
        desk.classify(new ComplaintCommand.Classify(n, WANG, cause, before.severity(),
                before.category() == null ? "brakes" : before.category()));
        desk.listen(new ComplaintCommand.Listen(n, WANG, "Squeal when braking at low speed; read back and confirmed."));
        desk.analyse(new ComplaintCommand.Analyse(n, WANG, "Pads fitted without grease", "A quiet car, no charge"));
        desk.decide(new ComplaintCommand.Decide(n, ZHAO, true, "Accept; refit the pads free of charge"));
        desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Refit the pads", false));
        if (cause.qualityRelated()) {
            return desk.recordQuality(new ComplaintCommand.RecordQuality(n, WANG, "Form 7: squeal", "No grease",
                    "Grease on every pad job", WORKSHOP, QIAN));
        }
        return desk.recordNonQuality(new ComplaintCommand.RecordNonQuality(n, WANG, "Wrong use of the handbrake",
                "Disc skimmed", "Shown how to use the handbrake", List.of()));
    }

    Map<Obligation, Instant> due(ComplaintNumber n) {
        return desk.get(n).due();
    }

    /** A clock the test moves; always in UTC, so nothing depends on the JVM's zone. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
