package org.aftersales.demo.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aftersales.complaints.Complaint;
import org.aftersales.complaints.Obligation;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.Assessment;
import org.aftersales.core.scoring.Scorecard;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.demo.day.DayAtTheDealership;
import org.aftersales.demo.day.Dealership;
import org.aftersales.demo.day.DemoStore;
import org.aftersales.demo.day.Lang;
import org.aftersales.demo.day.LoungeBoard;
import org.aftersales.demo.day.SimulatedClock;
import org.aftersales.inventory.operations.PackingLine;
import org.aftersales.inventory.operations.Receipt;
import org.aftersales.inventory.operations.ReceiveGoods;
import org.aftersales.serviceflow.Appointment;
import org.aftersales.serviceflow.Commands;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands that work on what the day left in the store: {@code receive}, {@code book},
 * {@code board}, {@code complaint}, {@code scorecard}. Their clock stands at the evening the
 * day's story ends (Monday 23 November 2026, 18:30), so their output is the same every time.
 */
final class StoreCommands {

    /** Where the commands' clock stands. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 18, 30);

    private StoreCommands() {
    }

    /** A command on the store: opens it, wires the dealership, runs, closes. */
    abstract static class OnStore implements Callable<Integer>, Tool.Sub {
        Tool tool;
        @Mixin
        Tool.Output output = new Tool.Output();

        @Override
        public void tool(Tool t) {
            this.tool = t;
        }

        @Override
        public Integer call() {
            JdbcStoreConfig config = DemoStore.config(tool.store);
            SimulatedClock clock = new SimulatedClock(NOW.atZone(Dealership.ZONE).toInstant(), Dealership.ZONE);
            try (Storage storage = DemoStore.open(config, clock)) {
                return run(new Dealership(storage, clock), storage, clock);
            }
        }

        abstract int run(Dealership d, Storage storage, SimulatedClock clock);

        String t(String en, String zh) {
            return output.lang.t(en, zh);
        }
    }

    /** {@code receive}. */
    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = {"Receive a delivery line against its packing list and put it away, with the bin's explanation.",
                    "按装箱单验收一行到货并上架，说明选位理由。"})
    static final class Receive extends OnStore {
        @Option(names = "--part", required = true, paramLabel = "NUMBER", description = "The part number.")
        String part;
        @Option(names = "--qty", required = true, paramLabel = "N", description = "Pieces on the packing list.")
        long qty;
        @Option(names = "--counted", paramLabel = "N", description = "Pieces found (default: as listed).")
        Long counted;
        @Option(names = "--damaged", paramLabel = "N", description = "Pieces damaged (default 0).")
        long damaged;
        @Option(names = "--packing-list", paramLabel = "ID", description = "The packing list (default PL-COUNTER).")
        String packingList = "PL-COUNTER";

        @Override
        int run(Dealership d, Storage storage, SimulatedClock clock) {
            PackingLine line = new PackingLine(PartNumber.of(part), null, qty, null, null, counted == null ? qty : counted,
                    damaged, null, null);
            java.io.PrintStream sink = output.json ? new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) : tool.out;
            Receipt r = new DayAtTheDealership(d, output.lang, sink, DayCommand.DEFAULT_DIAGRAMS).receiveAndPutAway(
                    new ReceiveGoods(org.aftersales.core.id.SupplierId.of("gac-honda-parts"), packingList,
                            StaffId.of("he"), List.of(line)));
            if (output.json) {
                tool.out.println(Tool.json(r));
            }
            if (!r.openTasks().isEmpty()) {
                tool.err.println("Refused: no bin fits; the goods wait on the dock under receipt " + r.id().value() + ".");
                tool.err.println("拒绝：没有合适的料位；货物暂放收货区，收货单 " + r.id().value() + "。");
                return Tool.REFUSED;
            }
            return Tool.DONE;
        }
    }

    /** {@code book}. */
    @Command(name = "book", mixinStandardHelpOptions = true,
            description = {"Book a service appointment.", "预约维修保养。"})
    static final class Book extends OnStore {
        @Option(names = "--name", required = true, description = "The customer's name.")
        String name;
        @Option(names = "--phone", required = true, description = "The customer's mobile.")
        String phone;
        @Option(names = "--plate", required = true, description = "The licence plate, such as 粤A3F829.")
        String plate;
        @Option(names = "--model", description = "The model (default Accord).")
        String model = "Accord";
        @Option(names = "--request", description = "What the customer asks for (repeatable; default: regular service).")
        List<String> requests = new ArrayList<>(List.of("Regular service"));
        @Option(names = "--arrive", required = true, paramLabel = "yyyy-MM-ddTHH:mm",
                description = "Expected arrival, local time, after 2026-11-23 18:30 (the store's clock).")
        String arrive;
        @Option(names = "--hours", description = "Estimated hours (default 1.0).")
        BigDecimal hours = BigDecimal.ONE;
        @Option(names = "--advisor", description = "wang or li (default wang).")
        String advisor = "wang";

        @Override
        int run(Dealership d, Storage storage, SimulatedClock clock) {
            List<Violation> bad = new ArrayList<>();
            Instant arrival = null;
            try {
                arrival = LocalDateTime.parse(arrive).atZone(Dealership.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                bad.add(new Violation("--arrive", "cli.dateTime", new LocalizedText(
                        "Give the arrival as 2026-11-24T10:00.", "到店时间格式应为 2026-11-24T10:00。")));
            }
            StaffId adv = StaffId.of(advisor);
            if (!Dealership.advisors().contains(adv)) {
                bad.add(new Violation("--advisor", "cli.advisor", new LocalizedText(
                        "No advisor is called " + advisor + "; there are wang, li.",
                        "没有名为 " + advisor + " 的服务顾问；可选：wang、li。")));
            }
            LicencePlate p = null;
            try {
                p = LicencePlate.parse(plate);
            } catch (ValidationException e) {
                e.violations().forEach(v -> bad.add(v.under("--plate")));
            }
            try {
                org.aftersales.core.value.PhoneNumber.parse(phone);
            } catch (ValidationException e) {
                e.violations().forEach(v -> bad.add(v.under("--phone")));
            }
            if (!bad.isEmpty()) {
                throw new ValidationException(bad);
            }
            java.time.LocalDateTime local = LocalDateTime.ofInstant(arrival, Dealership.ZONE);
            if (!arrival.isAfter(clock.instant()) || !d.calendar().isOpen(Dealership.SERVICE_DEPARTMENT, arrival)) {
                throw new org.aftersales.core.error.BusinessRuleException("cli.arrivalClosed", new LocalizedText(
                        "No arrival can be booked at " + local + ": it is past (the store's clock stands at " + NOW
                                + ") or outside the service department's opening hours.",
                        "无法预约在 " + local + " 到店：该时间已过（存储时钟为 " + NOW + "）或不在服务部营业时间内。"), null);
            }
            Commands.CustomerDetails customer = new Commands.CustomerDetails(
                    CustomerId.of("C-" + phone.replaceAll("\\D", "")), name, phone, false, null);
            AppointmentId id = AppointmentId.of(d.desk().book(new Commands.BookAppointment(customer, p, model, requests,
                    List.of(), Money.ofYuan("300.00"), hours, arrival.minusSeconds(2400),
                    arrival, "team-1", adv, adv)).get(0).subject());
            Appointment a = d.desk().appointment(id).orElseThrow().value();
            if (output.json) {
                tool.out.println(Tool.json(a));
            } else {
                Lang lang = output.lang;
                tool.out.println(t("Booked ", "已预约 ") + id.value() + "  " + lang.when(a.expectedArrival()) + "  "
                        + a.plate().value() + "  " + Dealership.name(adv, lang) + "  " + lang.label(a.status()));
            }
            return Tool.DONE;
        }
    }

    /** {@code board}. */
    @Command(name = "board", mixinStandardHelpOptions = true,
            description = {"The lounge board: every car in the workshop with its stage and promised time.",
                    "休息区进度看板：在修车辆的进度与承诺完工时间。"})
    static final class Board extends OnStore {
        @Override
        int run(Dealership d, Storage storage, SimulatedClock clock) {
            var rows = LoungeBoard.rows(d.board(), output.lang, clock.instant());
            if (output.json) {
                // for programs: the stage, light and lateness as values, the promise as an instant
                tool.out.println(Tool.json(d.board().publicRows(clock.instant())));
            } else {
                tool.out.println(t("Lounge board, ", "休息区进度看板，") + output.lang.when(clock.instant()));
                tool.out.print(LoungeBoard.text(rows, output.lang, 2));
            }
            return Tool.DONE;
        }
    }

    /** {@code complaint}. */
    @Command(name = "complaint", mixinStandardHelpOptions = true,
            description = {"The complaints in the store, or one by its number.", "存储中的投诉，或按编号查看一件。"})
    static final class ComplaintCmd extends OnStore {
        @Parameters(arity = "0..1", paramLabel = "NUMBER", description = "Such as CP-2026-000001.")
        String number;

        @Override
        int run(Dealership d, Storage storage, SimulatedClock clock) {
            List<Complaint> list = new ArrayList<>();
            if (number != null) {
                list.add(d.complaints().get(ComplaintNumber.of(number)));
            } else {
                for (int i = 1; ; i++) {
                    Optional<Complaint> c = d.complaints().find(ComplaintNumber.of(String.format("CP-2026-%06d", i)));
                    if (c.isEmpty()) {
                        break;
                    }
                    list.add(c.get());
                }
            }
            Lang lang = output.lang;
            List<Map<String, Object>> json = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Complaint c : list) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", c.number().value());
                m.put("stage", c.stage().name());
                m.put("status", c.status().name());
                m.put("severity", c.severity().name());
                m.put("owner", c.owner().value());
                m.put("missed", c.missed().stream().map(Enum::name).toList());
                json.add(m);
                rows.add(List.of(c.number().value(), lang.label(c.stage()), lang.label(c.status()),
                        lang.t(c.severity().label()), Dealership.name(c.owner(), lang),
                        c.missed().isEmpty() ? t("none", "无")
                                : String.join(", ", c.missed().stream().map(lang::label).toList())));
            }
            if (output.json) {
                tool.out.println(Tool.json(json));
            } else if (rows.isEmpty()) {
                tool.out.println(t("No complaints in the store; run the day first.", "存储中没有投诉；请先运行 day。"));
            } else {
                tool.out.print(Lang.table(List.of(t("Complaint", "投诉编号"), t("Stage", "阶段"), t("Status", "状态"),
                        t("Severity", "严重程度"), t("Owner", "负责人"), t("Limits missed", "超时项")), rows, 2));
            }
            return Tool.DONE;
        }
    }

    /** {@code scorecard}. */
    @Command(name = "scorecard", mixinStandardHelpOptions = true,
            description = {"The advisors' scorecards the day recorded (front-desk standard, November 2026).",
                    "当日记录的服务顾问考核卡（前台服务标准，2026 年 11 月）。"})
    static final class ScorecardCmd extends OnStore {
        @Option(names = "--staff", paramLabel = "ID", description = "wang or li (default both).")
        String staff;

        @Override
        int run(Dealership d, Storage storage, SimulatedClock clock) {
            List<StaffId> who = staff == null ? Dealership.advisors() : List.of(StaffId.of(staff));
            if (!Dealership.advisors().containsAll(who)) {
                throw new ValidationException(List.of(new Violation("--staff", "cli.staff", new LocalizedText(
                        "No advisor is called " + staff + "; there are wang, li.",
                        "没有名为 " + staff + " 的服务顾问；可选：wang、li。"))));
            }
            Scoring scoring = Scoring.builder(clock).catalogue(org.aftersales.core.scoring.Catalogues.serviceFrontDesk())
                    .store(Scoring.assessmentStore(storage)).build();
            List<Scorecard> cards = new ArrayList<>();
            for (StaffId s : who) {
                AssessmentId id = AssessmentId.of("A-2026-11-" + s.value().toUpperCase(java.util.Locale.ROOT));
                Optional<Assessment> a = scoring.find(id);
                if (a.isEmpty()) {
                    tool.err.println(t("No scorecard for " + s.value() + " yet; run the day first.",
                            s.value() + " 尚无考核卡；请先运行 day。"));
                    return Tool.BAD_INPUT;
                }
                cards.add(scoring.scorecard(id));
            }
            if (output.json) {
                tool.out.println("[" + String.join(",\n", cards.stream().map(Scorecard::toJson).toList()) + "]");
            } else {
                for (int i = 0; i < cards.size(); i++) {
                    tool.out.print(DayAtTheDealership.scorecardText(cards.get(i), Dealership.name(who.get(i), output.lang),
                            output.lang));
                }
            }
            return Tool.DONE;
        }
    }
}
