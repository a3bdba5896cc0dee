package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.notification.spi.NotificationSender;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.supply.Availability;
import org.aftersales.core.supply.LineAvailability;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.PartsSupply;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Quantity;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;

/** A dealership for the tests: staff, a team, a labour guide, a fake parts store, an outbox. */
final class Fixtures {

    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final StaffId WANG = StaffId.of("wang");
    static final StaffId LI = StaffId.of("li");
    static final StaffId TECH1 = StaffId.of("tech1");
    static final StaffId TECH2 = StaffId.of("tech2");
    static final StaffId LEAD = StaffId.of("lead");
    static final StaffId QC = StaffId.of("qc");
    static final StaffId WASHER = StaffId.of("washer");
    static final StaffId CASHIER = StaffId.of("cashier");
    static final StaffId GUARD = StaffId.of("guard");
    static final StaffId PARTS = StaffId.of("parts");
    static final StaffId SUPERVISOR = StaffId.of("sup");
    static final StaffId MANAGER = StaffId.of("mgr");
    static final PartNumber FILTER = PartNumber.of("OF-100");
    static final PartNumber OIL = PartNumber.of("OIL-5W30");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String HOURS = """
            {"openingHours": {"service": {
                "MONDAY":    [{"open": "08:00", "close": "18:00"}],
                "TUESDAY":   [{"open": "08:00", "close": "18:00"}],
                "WEDNESDAY": [{"open": "08:00", "close": "18:00"}],
                "THURSDAY":  [{"open": "08:00", "close": "18:00"}],
                "FRIDAY":    [{"open": "08:00", "close": "18:00"}],
                "SATURDAY":  [{"open": "09:00", "close": "17:00"}]}}}""";
    static final StaffDirectory STAFF = StaffDirectory.of(
            List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", MANAGER)),
            List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), LI),
                    new StaffMember(LI, "Li", SERVICE, Set.of(Role.SERVICE_ADVISOR), WANG),
                    new StaffMember(TECH1, "Tech One", SERVICE, Set.of(Role.TECHNICIAN), null),
                    new StaffMember(TECH2, "Tech Two", SERVICE, Set.of(Role.TECHNICIAN), null),
                    new StaffMember(LEAD, "Lead", SERVICE, Set.of(Role.TEAM_LEADER), null),
                    new StaffMember(QC, "Inspector", SERVICE, Set.of(Role.FINAL_INSPECTOR), null),
                    new StaffMember(WASHER, "Washer", SERVICE, Set.of(Role.WASHER), null),
                    new StaffMember(CASHIER, "Cashier", SERVICE, Set.of(Role.CASHIER), null),
                    new StaffMember(GUARD, "Guard", SERVICE, Set.of(Role.SECURITY_GUARD), null),
                    new StaffMember(PARTS, "Parts", SERVICE, Set.of(Role.PARTS_CLERK), null),
                    new StaffMember(SUPERVISOR, "Supervisor", SERVICE, Set.of(Role.WORKSHOP_SUPERVISOR), null),
                    new StaffMember(MANAGER, "Manager", SERVICE, Set.of(Role.MANAGER), null)));
    static final Team TEAM_A = new Team("team-a", LEAD, List.of(TECH1, TECH2), Set.of("engine", "brakes", "electrical"),
            new BigDecimal("16"));
    static final Team BODY = new Team("body", LEAD, List.of(TECH2), Set.of("paint"), new BigDecimal("8"));

    private Fixtures() {
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
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

    /** The flat-rate guide: oil change 0.5 h (engine), brake pads 1.2 h (brakes), diagnosis 0.5 h, spraying 3 h (paint). */
    static final class Guide implements LabourTimes {
        @Override
        public String id() {
            return "test-guide";
        }

        @Override
        public Optional<LabourTime> find(String operation, String model) {
            return Optional.ofNullable(switch (operation) {
                case "OIL-CHANGE" -> new LabourTime(operation, new BigDecimal("0.5"), "engine");
                case "BRAKE-PADS" -> new LabourTime(operation, new BigDecimal("1.2"), "brakes");
                case "DIAG" -> new LabourTime(operation, new BigDecimal("0.5"), "electrical");
                case "SPRAY" -> new LabourTime(operation, new BigDecimal("3"), "paint");
                default -> null;
            });
        }
    }

    /** A small fake of the parts-supply port: stock per part, holds per document. */
    static class FakeSupply implements PartsSupply {
        final Map<PartNumber, BigDecimal> stock = new HashMap<>();
        final Map<String, List<PartLine>> held = new HashMap<>();
        final List<String> issued = new CopyOnWriteArrayList<>();

        FakeSupply stock(PartNumber part, String amount) {
            stock.put(part, new BigDecimal(amount));
            return this;
        }

        @Override
        public String id() {
            return "fake-supply";
        }

        private BigDecimal free(PartNumber part) {
            BigDecimal held1 = held.values().stream().flatMap(List::stream).filter(l -> l.part().equals(part))
                    .map(l -> l.quantity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return stock.getOrDefault(part, BigDecimal.ZERO).subtract(held1);
        }

        @Override
        public synchronized Availability availability(UnitOfWork work, List<PartLine> lines, LocalDate by) {
            List<LineAvailability> out = new ArrayList<>();
            for (PartLine l : lines) {
                Quantity q = new Quantity(free(l.part()).max(BigDecimal.ZERO), l.quantity().unit());
                out.add(new LineAvailability(l, q, q, null));
            }
            return new Availability(by, out);
        }

        @Override
        public synchronized Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines,
                LocalDate needed) {
            List<PartLine> got = new ArrayList<>();
            List<LineAvailability> shortLines = new ArrayList<>();
            for (PartLine l : lines) {
                if (free(l.part()).compareTo(l.quantity().amount()) >= 0) {
                    held.computeIfAbsent(document.number(), k -> new ArrayList<>()).add(l);
                    got.add(l);
                } else {
                    Quantity q = new Quantity(free(l.part()).max(BigDecimal.ZERO), l.quantity().unit());
                    shortLines.add(new LineAvailability(l, q, q, null));
                }
            }
            return new Reservation(document, got, shortLines);
        }

        @Override
        public synchronized List<PartLine> release(UnitOfWork work, SupplyDocument document) {
            List<PartLine> gone = held.remove(document.number());
            return gone == null ? List.of() : gone;
        }

        @Override
        public synchronized void issue(UnitOfWork work, SupplyDocument document, List<PartLine> lines) {
            for (PartLine l : lines) {
                if (stock.getOrDefault(l.part(), BigDecimal.ZERO).compareTo(l.quantity().amount()) < 0) {
                    throw new BusinessRuleException("supply.short", new LocalizedText("short: " + l, "短缺：" + l), null);
                }
            }
            for (PartLine l : lines) {
                stock.merge(l.part(), l.quantity().amount().negate(), BigDecimal::add);
                issued.add(document.number() + ":" + l.part().value());
            }
            held.remove(document.number());
        }

        @Override
        public void giveBack(UnitOfWork work, SupplyDocument document, List<PartLine> lines) {
            lines.forEach(l -> stock.merge(l.part(), l.quantity().amount(), BigDecimal::add));
        }
    }

    /** Records what each channel was asked to send. */
    static final class Sender implements NotificationSender {
        final Channel channel;
        final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();

        Sender(Channel channel) {
            this.channel = channel;
        }

        @Override
        public String id() {
            return "test-" + channel.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public void send(OutgoingMessage message) {
            sent.add(message);
        }
    }

    /** One dealership: storage, clock, deadlines, outbox, supply and desk. */
    static final class World {
        final MovingClock clock = new MovingClock(at("2026-12-01T09:00:00"));
        final Storage storage = Storage.builder().discovery(false).clock(clock).build();
        final BusinessCalendar calendar = BusinessCalendar.fromJson(HOURS);
        final Deadlines deadlines;
        final Notifications outbox;
        final FakeSupply supply = new FakeSupply().stock(FILTER, "10").stock(OIL, "100");
        final Sender sms = new Sender(Channel.SMS);
        final Sender alerts = new Sender(Channel.STAFF_ALERT);
        final ServiceDesk desk;

        World() {
            this(b -> { });
        }

        World(java.util.function.Consumer<ServiceDesk.Builder> more) {
            Deadlines.Builder db = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF);
            ServiceDesk.standards().forEach(db::standard);
            deadlines = db.build();
            outbox = Notifications.builder().storage(storage).clock(clock)
                    .templates(Templates.standardPhrases().with(ServiceDesk.templates())).sender(sms, alerts).build();
            ServiceDesk.Builder b = ServiceDesk.builder().storage(storage).clock(clock).calendar(calendar, SERVICE)
                    .staff(STAFF).deadlines(deadlines).notifications(outbox).partsSupply(supply)
                    .labourTimes(new Guide()).team(TEAM_A).team(BODY).dealership("Riverside Motors", "No. 8 Riverside Road");
            more.accept(b);
            desk = b.build();
        }

        RepairOrder order(RepairOrderId id) {
            return desk.order(id).orElseThrow().value();
        }

        long version(RepairOrderId id) {
            return desk.order(id).orElseThrow().version();
        }

        long logSize() {
            return storage.events().since(0, Integer.MAX_VALUE).size();
        }
    }

    static Commands.CustomerDetails zhang() {
        return new Commands.CustomerDetails(CustomerId.of("c-zhang"), "Zhang San", "13812345678", false, null);
    }

    static Commands.CustomerDetails fleet() {
        return new Commands.CustomerDetails(CustomerId.of("c-acme"), "Acme Logistics", "13900001111", true, "Director Zhou");
    }

    static Commands.BookAppointment booking(String arrival, String hours) {
        return new Commands.BookAppointment(zhang(), LicencePlate.parse("京A12345"), "Sedan X",
                List.of("Oil change", "Brakes squeal when stopping"), List.of(new PartLine(FILTER, Quantity.pieces(1))),
                Money.ofYuan("600.00"), new BigDecimal(hours), at(arrival).minus(Duration.ofMinutes(40)), at(arrival),
                TEAM_A.name(), WANG, WANG);
    }

    static Commands.CheckIn checkIn(AppointmentId appointment, long km) {
        return new Commands.CheckIn(appointment, zhang(), VehicleId.of("v-1"), LicencePlate.parse("京A12345"), "Sedan X",
                "LSVAA4182E2123456", km, WANG, List.of("Oil change", "Brakes squeal when stopping"), false,
                "13812345678", true, WANG);
    }

    static Commands.CheckIn walkIn(Commands.CustomerDetails customer, String vehicle, long km, String... requests) {
        return new Commands.CheckIn(null, customer, VehicleId.of(vehicle), LicencePlate.parse("京B54321"), "Sedan X",
                null, km, WANG, List.of(requests), true, null, false, WANG);
    }

    static Commands.Line labour(String key, String op, Payer payer, int request) {
        return new Commands.Line(key, EstimateLine.Kind.LABOUR, op, op, null, null, null, payer, request);
    }

    static Commands.Line part(String key, PartNumber part, String qty, String price, int request) {
        return new Commands.Line(key, EstimateLine.Kind.PART, "part " + part.value(), null, part, new BigDecimal(qty),
                Money.ofYuan(price), Payer.CUSTOMER, request);
    }

    static Commands.Line fluid(String key, String litres, String price, int request) {
        return new Commands.Line(key, EstimateLine.Kind.FLUID, "engine oil", null, OIL, new BigDecimal(litres),
                Money.ofYuan(price), Payer.CUSTOMER, request);
    }
}
