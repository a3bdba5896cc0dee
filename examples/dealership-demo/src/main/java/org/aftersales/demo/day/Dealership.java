package org.aftersales.demo.day;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.complaints.ComplaintDesk;
import org.aftersales.complaints.ComplaintEscalation;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
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
import org.aftersales.core.scoring.Catalogues;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.scoring.spi.EventHistory;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.operations.PartsStandards;
import org.aftersales.inventory.operations.PartsWarehouse;
import org.aftersales.inventory.operations.spi.TransferOffer;
import org.aftersales.inventory.operations.spi.TransferSource;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Team;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;

/**
 * One dealership, Riverside Honda, wired as the library's javadoc shows: its calendar, staff,
 * one deadlines service and one outbox for every desk, the service desk, the parts warehouse on
 * the sample layout, the complaint desk and the scoring service, all on the given store and
 * clock. The outbox's senders only record what they are given, for the day to print.
 */
public final class Dealership {

    /** The dealership's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final DepartmentId CARE = DepartmentId.of("customer-care");

    static final StaffId WANG = StaffId.of("wang");
    static final StaffId LI = StaffId.of("li");
    static final StaffId ZHAO = StaffId.of("zhao");
    static final StaffId SUN = StaffId.of("sun");
    static final StaffId QIAN = StaffId.of("qian");
    static final StaffId ZHOU = StaffId.of("zhou");
    static final StaffId WU = StaffId.of("wu");
    static final StaffId MA = StaffId.of("ma");
    static final StaffId GUARD = StaffId.of("guo");
    static final StaffId HE = StaffId.of("he");
    static final StaffId CHEN = StaffId.of("chen");
    static final StaffId LIN = StaffId.of("lin");
    static final StaffId FANG = StaffId.of("fang");

    static final StaffDirectory STAFF = StaffDirectory.of(
            List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", CHEN),
                    new Department(PARTS, DepartmentKind.PARTS, "Parts", FANG),
                    new Department(CARE, DepartmentKind.CUSTOMER_CARE, "Customer care", LIN)),
            List.of(new StaffMember(WANG, "Wang Fang", SERVICE, Set.of(Role.SERVICE_ADVISOR), LI),
                    new StaffMember(LI, "Li Wei", SERVICE, Set.of(Role.SERVICE_ADVISOR), WANG),
                    new StaffMember(ZHAO, "Zhao Lei", SERVICE, Set.of(Role.TECHNICIAN), null),
                    new StaffMember(SUN, "Sun Hao", SERVICE, Set.of(Role.TECHNICIAN), null),
                    new StaffMember(QIAN, "Qian Jun", SERVICE, Set.of(Role.TEAM_LEADER), null),
                    new StaffMember(ZHOU, "Zhou Min", SERVICE, Set.of(Role.FINAL_INSPECTOR), null),
                    new StaffMember(WU, "Wu Tao", SERVICE, Set.of(Role.WASHER), null),
                    new StaffMember(MA, "Ma Li", SERVICE, Set.of(Role.CASHIER), null),
                    new StaffMember(GUARD, "Guo Qiang", SERVICE, Set.of(Role.SECURITY_GUARD), null),
                    new StaffMember(CHEN, "Chen Jie", SERVICE, Set.of(Role.MANAGER), null),
                    new StaffMember(HE, "He Ping", PARTS, Set.of(Role.WAREHOUSE_KEEPER, Role.PARTS_CLERK), FANG),
                    new StaffMember(FANG, "Fang Yu", PARTS, Set.of(Role.MANAGER), null),
                    new StaffMember(LIN, "Lin Na", CARE, Set.of(Role.MANAGER, Role.COMPLAINT_OFFICER), null)));

    /**
     * A member of staff's name in a language.
     *
     * @param id the staff id
     * @param lang the language
     * @return the name
     */
    public static String name(StaffId id, Lang lang) {
        if (lang == Lang.ZH) {
            return zhName(id);
        }
        return STAFF.member(id).name();
    }

    /** @return the service advisors' ids */
    public static List<StaffId> advisors() {
        return List.of(WANG, LI);
    }

    /** Names in Chinese, for the Chinese output. */
    static String zhName(StaffId id) {
        return switch (id.value()) {
            case "wang" -> "王芳";
            case "li" -> "李伟";
            case "zhao" -> "赵磊";
            case "sun" -> "孙浩";
            case "qian" -> "钱军";
            case "zhou" -> "周敏";
            case "wu" -> "吴涛";
            case "ma" -> "马丽";
            case "guo" -> "郭强";
            case "chen" -> "陈杰";
            case "he" -> "何平";
            case "fang" -> "方宇";
            case "lin" -> "林娜";
            default -> id.value();
        };
    }

    static final Team ENGINE_TEAM = new Team("team-1", QIAN, List.of(ZHAO, SUN), Set.of("engine", "brakes", "electrical"),
            new BigDecimal("16"));

    /** The flat-rate labour guide of the day's jobs. */
    static final class Guide implements LabourTimes {
        @Override
        public String id() {
            return "riverside-guide";
        }

        @Override
        public Optional<LabourTime> find(String operation, String model) {
            return Optional.ofNullable(switch (operation) {
                case "OIL-CHANGE" -> new LabourTime(operation, new BigDecimal("0.5"), "engine");
                case "BRAKE-PADS" -> new LabourTime(operation, new BigDecimal("1.2"), "brakes");
                case "DIAG" -> new LabourTime(operation, new BigDecimal("0.5"), "electrical");
                case "O2-SENSOR" -> new LabourTime(operation, new BigDecimal("0.8"), "engine");
                case "HEADLAMP" -> new LabourTime(operation, new BigDecimal("1.0"), "electrical");
                default -> null;
            });
        }
    }

    /** A sister dealership and the region's central warehouse, which answer a shortage. */
    record Source(String id, TransferOffer.Kind kind, long has, int days) implements TransferSource {
        @Override
        public List<TransferOffer> offers(PartNumber part, long quantity, LocalDate needed) {
            return List.of(new TransferOffer(id, id, kind, has, needed.plusDays(days)));
        }
    }

    /** What the outbox handed to a channel. */
    public record Sent(java.time.Instant at, Channel channel, String to, String message, String text) {
    }

    final SimulatedClock clock;
    final Storage storage;
    final BusinessCalendar calendar;
    final Notifications outbox;
    final Deadlines deadlines;
    final ServiceDesk desk;
    final PartsWarehouse warehouse;
    final ComplaintDesk complaints;
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final ProgressBoard board = new ProgressBoard();

    /**
     * Wires the dealership.
     *
     * @param storage the store
     * @param clock the clock
     */
    public Dealership(Storage storage, SimulatedClock clock) {
        this(storage, clock, ENGINE_TEAM);
    }

    /**
     * Wires the dealership with another workshop team, such as a larger one for a month.
     *
     * @param storage the store
     * @param clock the clock
     * @param team the workshop team
     */
    public Dealership(Storage storage, SimulatedClock clock, Team team) {
        this.clock = clock;
        this.storage = storage;
        this.calendar = BusinessCalendar.fromJson(resource("/calendar/dealership-2026.json"));
        List<NotificationSender> senders = new ArrayList<>();
        for (Channel c : Channel.values()) {
            senders.add(new NotificationSender() {
                @Override
                public String id() {
                    return "record-" + c.name().toLowerCase(java.util.Locale.ROOT);
                }

                @Override
                public Channel channel() {
                    return c;
                }

                @Override
                public void send(OutgoingMessage m) {
                    sent.add(new Sent(clock.instant(), m.channel(), m.to().id(), m.message(), m.text()));
                }
            });
        }
        outbox = Notifications.builder().storage(storage).clock(clock)
                .templates(Templates.standardPhrases().with(ServiceDesk.templates()).with(ComplaintDesk.templates())
                        .with(PartsStandards.templates()))
                .sender(senders.toArray(NotificationSender[]::new)).build();
        Deadlines.Builder db = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF)
                .listener(ComplaintEscalation.of(outbox, STAFF, clock, calendar.zone()))
                .standard(PartsStandards.answerPartsRequest(PARTS))
                .standard(PartsStandards.homeDelivery(PartsStandards.DELIVER_WITHIN));
        ServiceDesk.standards().forEach(db::standard);
        deadlines = db.build();
        PlacementEngine engine = PlacementEngine.builder(
                Layout.fromJson(resource("/sample/layout.json")), PartMaster.fromJson(resource("/sample/parts.json")))
                .rules(PlacementRules.standard()).build();
        warehouse = PartsWarehouse.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF)
                .deadlines(deadlines).notifications(outbox).placement(engine).department(PARTS)
                .transferSource(new Source("Riverside Honda East", TransferOffer.Kind.SISTER_DEALER, 2, 1),
                        new Source("GAC Honda central warehouse", TransferOffer.Kind.CENTRAL_WAREHOUSE, 40, 3))
                .build();
        desk = ServiceDesk.builder().storage(storage).clock(clock).calendar(calendar, SERVICE).staff(STAFF)
                .deadlines(deadlines).notifications(outbox).partsSupply(warehouse.supply()).labourTimes(new Guide())
                .team(team).dealership("Riverside Honda", "No. 8 Riverside Road").build();
        storage.events().subscribe(board);
        complaints = ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar).staff(STAFF)
                .deadlines(deadlines).notifications(outbox).department(CARE).build();
    }

    /** The service department's id. */
    public static final DepartmentId SERVICE_DEPARTMENT = SERVICE;

    /** @return the dealership's calendar */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The progress board, caught up with everything in the store's log.
     *
     * @return the board
     */
    public ProgressBoard board() {
        return board.catchUp(storage.events());
    }

    /** @return the warehouse */
    public PartsWarehouse warehouse() {
        return warehouse;
    }

    /** @return the service desk */
    public ServiceDesk desk() {
        return desk;
    }

    /** @return the complaint desk */
    public ComplaintDesk complaints() {
        return complaints;
    }

    /**
     * The scoring service over this store's assessments and event log.
     *
     * @return the service
     */
    public Scoring scoring() {
        return Scoring.builder(clock).catalogue(Catalogues.serviceFrontDesk())
                .store(Scoring.assessmentStore(storage))
                .events(EventHistory.of(storage.events().since(0, Integer.MAX_VALUE).stream()
                        .map(StoredEvent::event).toList()))
                .build();
    }

    static String resource(String name) {
        try (InputStream in = Dealership.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
