package org.aftersales.demo.day;

import static org.aftersales.demo.day.Dealership.CHEN;
import static org.aftersales.demo.day.Dealership.GUARD;
import static org.aftersales.demo.day.Dealership.HE;
import static org.aftersales.demo.day.Dealership.LI;
import static org.aftersales.demo.day.Dealership.LIN;
import static org.aftersales.demo.day.Dealership.MA;
import static org.aftersales.demo.day.Dealership.QIAN;
import static org.aftersales.demo.day.Dealership.SUN;
import static org.aftersales.demo.day.Dealership.WANG;
import static org.aftersales.demo.day.Dealership.WU;
import static org.aftersales.demo.day.Dealership.ZHAO;
import static org.aftersales.demo.day.Dealership.ZHOU;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.complaints.Cause;
import org.aftersales.complaints.Complaint;
import org.aftersales.complaints.ComplaintCommand;
import org.aftersales.complaints.ComplaintDesk;
import org.aftersales.complaints.IntakeChannel;
import org.aftersales.complaints.Links;
import org.aftersales.complaints.Obligation;
import org.aftersales.complaints.Remedy;
import org.aftersales.complaints.RemedyKind;
import org.aftersales.complaints.Severity;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.scoring.Assessment;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Catalogue;
import org.aftersales.core.scoring.EvidenceSource;
import org.aftersales.core.scoring.ItemResult;
import org.aftersales.core.scoring.RecordAssessment;
import org.aftersales.core.scoring.Scorecard;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.scoring.SectionScore;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Quantity;
import org.aftersales.inventory.operations.ConfirmPutaway;
import org.aftersales.inventory.operations.DiscrepancyReport;
import org.aftersales.inventory.operations.PackingLine;
import org.aftersales.inventory.operations.PartsWarehouse;
import org.aftersales.inventory.operations.PutawayTask;
import org.aftersales.inventory.operations.Receipt;
import org.aftersales.inventory.operations.ReceiptLine;
import org.aftersales.inventory.operations.ReceiveGoods;
import org.aftersales.inventory.operations.ShortageAnswer;
import org.aftersales.inventory.operations.ShortageCommands;
import org.aftersales.inventory.operations.TransferOrder;
import org.aftersales.inventory.operations.spi.TransferOffer;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.EstimateLine;
import org.aftersales.serviceflow.InspectionItem;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.QualityCheck;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.Request;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Settlement;

/**
 * One day at Riverside Honda, Thursday 19 November 2026 (E1), on a simulated clock so that the
 * output is the same on every machine: the morning's parts delivery received against its
 * packing list and put away with explanations; appointments reconfirmed; a booked customer and
 * a walk-in received; their repair orders through the whole flow (one with extra work approved
 * in a new estimate revision, one failing final inspection and going back); settlements with
 * VAT and a warranty line; the exit pass at the gate; a parts shortage answered with a transfer
 * and a date; a complaint taken, escalated when its first answer is late, closed with a remedy
 * and a review; the follow-up calls on the next business days; the lounge board at three
 * moments; the advisors' scorecards with items derived from the day's events; and the flows as
 * Mermaid diagrams. Prints as it goes; returns the day's key figures.
 */
public final class DayAtTheDealership {

    /** The day: a Thursday, a working day in the shipped 2026 calendar. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    static final PartNumber OIL_FILTER = PartNumber.of("15400-RTA-003");
    static final PartNumber OIL_FILTER_2L = PartNumber.of("15400-PLM-A02");
    static final PartNumber CABIN_FILTER = PartNumber.of("80292-TBA-A11");
    static final PartNumber WINDSCREEN = PartNumber.of("73111-TVA-003");
    static final PartNumber O2_SENSOR = PartNumber.of("37980-RTA-003");
    static final PartNumber ENGINE_OIL = PartNumber.of("08232-P99-4LHP");
    static final PartNumber BRAKE_PADS = PartNumber.of("45022-TVA-A00");
    static final PartNumber HEADLAMP = PartNumber.of("33100-TVA-H01");
    static final SupplierId SUPPLIER = SupplierId.of("gac-honda-parts");

    /** One settled order. */
    public record SettledOrder(String order, String customer, Money customerNet, Money vat, Money total,
            Money warrantyClaim, String invoice, String exitPass) {
    }

    /** One advisor's scorecard in figures. */
    public record ScoreLine(String staff, BigDecimal earned, BigDecimal applicable, BigDecimal percent, String grade) {
    }

    /** One line of the lounge board. */
    public record BoardLine(String order, String plate, String status, String promised) {
    }

    /** The lounge board at one moment. */
    public record BoardMoment(String at, List<BoardLine> rows) {
    }

    /**
     * The day's key figures, for the tests and for {@code --json}.
     *
     * @param date the day
     * @param receipt the morning's receipt number
     * @param piecesAccepted pieces accepted from the delivery
     * @param discrepancies lines reported to the supplier
     * @param ordersOpened repair orders opened
     * @param ordersDelivered orders handed over and through the gate
     * @param settlements the settled orders
     * @param takings what the cashier took, VAT included
     * @param vat the VAT in it
     * @param warrantyClaims what is claimed from the maker
     * @param transfer the transfer raised for the shortage
     * @param transferPromised the date the customer was given
     * @param complaintsReceived complaints taken
     * @param complaintsEscalated complaints escalated
     * @param complaintsClosed complaints closed
     * @param followUps follow-up calls made
     * @param boards the lounge board at three moments
     * @param scorecards the advisors' scorecards
     * @param events events in the store's log
     * @param diagrams the diagram files written
     */
    public record Figures(LocalDate date, String receipt, long piecesAccepted, int discrepancies, int ordersOpened,
            int ordersDelivered, List<SettledOrder> settlements, Money takings, Money vat, Money warrantyClaims,
            String transfer, LocalDate transferPromised, int complaintsReceived, int complaintsEscalated,
            int complaintsClosed, int followUps, List<BoardMoment> boards, List<ScoreLine> scorecards, long events,
            List<String> diagrams) {
    }

    private final Dealership d;
    private final Lang lang;
    private final PrintStream out;
    private final Path diagramFolder;
    private final ServiceDesk desk;
    private final PartsWarehouse warehouse;
    private final ComplaintDesk complaints;
    private int sentShown;
    private final List<SettledOrder> settled = new ArrayList<>();
    private final List<BoardMoment> boards = new ArrayList<>();
    private int escalated;

    /**
     * @param dealership the wired dealership, on an empty store, its clock at the day before
     * @param lang the language
     * @param out where the day is told
     * @param diagramFolder where the diagrams go
     */
    public DayAtTheDealership(Dealership dealership, Lang lang, PrintStream out, Path diagramFolder) {
        this.d = dealership;
        this.lang = lang;
        this.out = out;
        this.diagramFolder = diagramFolder;
        this.desk = dealership.desk;
        this.warehouse = dealership.warehouse;
        this.complaints = dealership.complaints;
    }

    /** @return the clock the day starts on: 16:00 the working day before */
    public static SimulatedClock startClock() {
        return new SimulatedClock(DAY.minusDays(1).atTime(16, 0).atZone(Dealership.ZONE).toInstant(), Dealership.ZONE);
    }

    private String t(String en, String zh) {
        return lang.t(en, zh);
    }

    private String who(StaffId id) {
        return Dealership.name(id, lang);
    }

    private void at(int hour, int minute) {
        at(DAY, hour, minute);
    }

    private void at(LocalDate day, int hour, int minute) {
        d.clock.set(LocalDateTime.of(day, LocalTime.of(hour, minute)));
        tick();
    }

    /** What a scheduler does every minute: fire what is due, send what is queued. */
    private void tick() {
        List<DeadlineEvent> due = d.deadlines.due(d.clock.instant());
        if (!due.isEmpty()) {
            desk.handleDue(due);
        }
        d.outbox.deliverPending(d.clock.instant());
    }

    private void heading(String en, String zh) {
        out.println();
        out.println("== " + lang.time(d.clock.instant()) + "  " + t(en, zh));
    }

    private void line(String en, String zh) {
        out.println("   " + t(en, zh));
    }

    /**
     * Runs the day.
     *
     * @return the key figures
     */
    public Figures run() {
        out.println(t("A day at Riverside Honda, " + lang.date(DAY) + " (simulated clock, Asia/Shanghai)",
                "河畔本田的一天：" + lang.date(DAY) + "（模拟时钟，北京时间）"));
        AppointmentId zhangBooking = eveBefore();
        AppointmentId chenBooking = AppointmentId.of(desk.book(booking(chen(), "粤A7K521", "Accord",
                "Left headlamp cracked", List.of(), "1400.00", "1.0", 10, 30, LI)).get(0).subject());

        Receipt receipt = morningDelivery();
        reconfirm(8, 20, zhangBooking, "The first appointment reconfirmed by phone, 40 to 20 minutes before arrival",
                "提前 40 至 20 分钟电话确认第一个预约");
        RepairOrderId ro1 = bookedCustomer(zhangBooking);
        RepairOrderId ro2 = walkIn();
        board(9, 50);
        reconfirm(9, 55, chenBooking, "Mr Chen's appointment reconfirmed in its window", "在确认时段内电话确认陈先生的预约");
        techniciansMove(ro1, ro2);
        ComplaintNumber complaint = takeComplaint();
        RepairOrderId ro3 = shortage(chenBooking);
        TransferOrder transfer = lastTransfer;
        finishFirstOrder(ro1);
        extraWork(ro2);
        failedInspection(ro2);
        board(12, 0);
        waitForTheLamp(ro3);
        settleAndRelease(ro1, "Zhang Min", WANG, 13, 40);
        reinspection(ro2);
        settleAndRelease(ro2, "Liu Yang", LI, 15, 20);
        escalateAndClose(complaint);
        board(17, 0);
        int followUps = followUps(ro1, ro2);
        List<ScoreLine> cards = scorecards();
        List<String> files = diagrams();
        long events = d.storage.events().since(0, Integer.MAX_VALUE).size();
        Money takings = settled.stream().map(SettledOrder::total).reduce(Money.ofYuan("0.00"), Money::plus);
        Money vat = settled.stream().map(SettledOrder::vat).reduce(Money.ofYuan("0.00"), Money::plus);
        Money warranty = settled.stream().map(SettledOrder::warrantyClaim).reduce(Money.ofYuan("0.00"), Money::plus);
        Complaint closed = complaints.get(complaint);
        Figures f = new Figures(DAY, receipt.id().value(), receipt.lines().stream().mapToLong(ReceiptLine::accepted).sum(),
                receipt.discrepancyReport().lines().size(), 3, (int) List.of(ro1, ro2, ro3).stream()
                        .filter(r -> order(r).gateExits() > 0).count(), List.copyOf(settled), takings, vat, warranty,
                transfer.id().value(), transfer.promised(), 1, escalated, closed.isOpen() ? 0 : 1, followUps,
                List.copyOf(boards), cards, events, files);
        summary(f);
        return f;
    }

    private RepairOrder order(RepairOrderId id) {
        return desk.order(id).orElseThrow().value();
    }

    // ------------------------------------------------------------------ the evening before

    private AppointmentId eveBefore() {
        Receipt opening = warehouse.receive(new ReceiveGoods(SUPPLIER, "PL-20261118", HE, List.of(
                PackingLine.asListed(OIL_FILTER, 6), PackingLine.asListed(BRAKE_PADS, 4))));
        for (PutawayTask task : opening.tasks()) {
            warehouse.confirmPutaway(new ConfirmPutaway(opening.id(), task.task(), null, HE));
        }
        return AppointmentId.of(desk.book(booking(zhang(), "粤A3F829", "Accord",
                "Oil service due", List.of(new PartLine(OIL_FILTER, Quantity.pieces(1))), "700.00", "1.7", 9, 0, WANG))
                .get(0).subject());
    }

    private Commands.BookAppointment booking(Commands.CustomerDetails customer, String plate, String model,
            String request, List<PartLine> parts, String estimate, String hours, int hour, int minute, StaffId advisor) {
        Instant arrival = DAY.atTime(hour, minute).atZone(Dealership.ZONE).toInstant();
        List<String> requests = request.startsWith("Oil") ? List.of(request, "Brakes squeal when stopping") : List.of(request);
        return new Commands.BookAppointment(customer, LicencePlate.parse(plate), model, requests, parts,
                Money.ofYuan(estimate), new BigDecimal(hours), arrival.minusSeconds(40 * 60), arrival,
                Dealership.ENGINE_TEAM.name(), advisor, advisor);
    }

    static Commands.CustomerDetails zhang() {
        return new Commands.CustomerDetails(CustomerId.of("C-ZHANG"), "Zhang Min", "13812345678", false, null);
    }

    static Commands.CustomerDetails chen() {
        return new Commands.CustomerDetails(CustomerId.of("C-CHEN"), "Chen Hui", "13922223333", false, null);
    }

    static Commands.CustomerDetails liu() {
        return new Commands.CustomerDetails(CustomerId.of("C-LIU"), "Liu Yang", "13700001111", false, null);
    }

    // ------------------------------------------------------------------ 08:00 parts

    private Receipt morningDelivery() {
        at(8, 0);
        heading("The morning's parts delivery, checked against packing list PL-20261119",
                "早班到货：按装箱单 PL-20261119 验收");
        ReceiveGoods goods = new ReceiveGoods(SUPPLIER, "PL-20261119", HE, List.of(
                PackingLine.asListed(OIL_FILTER_2L, 12),
                new PackingLine(CABIN_FILTER, null, 10, null, null, 8, 0, null, null),
                new PackingLine(WINDSCREEN, null, 2, null, null, 2, 1, null, null),
                PackingLine.asListed(O2_SENSOR, 4),
                PackingLine.asListed(ENGINE_OIL, 12).dated(LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31))));
        return receiveAndPutAway(goods);
    }

    /**
     * Receives goods against their packing list, prints the receipt and the discrepancy report,
     * puts every accepted line away into the bin the placement rules chose and prints why.
     *
     * @param goods the delivery
     * @return the receipt after putaway
     */
    public Receipt receiveAndPutAway(ReceiveGoods goods) {
        Receipt r = warehouse.receive(goods);
        List<List<String>> rows = new ArrayList<>();
        for (ReceiptLine l : r.lines()) {
            PackingLine p = l.listed();
            rows.add(List.of(String.valueOf(l.line()), p.part().value(), partName(p.part()), String.valueOf(p.quantity()),
                    String.valueOf(p.counted()), String.valueOf(p.damaged()), String.valueOf(l.accepted()),
                    lang.label(l.outcome())));
        }
        out.print(Lang.table(List.of("#", t("Part", "件号"), t("Name", "名称"), t("Listed", "单据"), t("Counted", "实点"),
                t("Damaged", "破损"), t("Accepted", "入库"), t("Outcome", "结果")), rows, 3));
        DiscrepancyReport report = r.discrepancyReport();
        if (!report.lines().isEmpty()) {
            line("Discrepancy report " + r.id().value() + " for the supplier:", "差异报告 " + r.id().value() + "（交供应商）：");
        }
        for (DiscrepancyReport.Discrepancy x : report.lines()) {
            out.println("     - " + lang.t(x.text()));
        }
        d.clock.advance(java.time.Duration.ofMinutes(10));
        tick();
        line("Put away by " + who(HE) + ", each bin chosen and explained by the placement rules:",
                who(HE) + " 上架，每个料位都由摆放规则选出并说明理由：");
        List<List<String>> put = new ArrayList<>();
        for (PutawayTask task : r.tasks()) {
            if (task.decision() == null) {
                put.add(List.of(task.part().value(), String.valueOf(task.quantity()), t("none", "无"),
                        lang.t(task.unplaced())));
                continue;
            }
            Receipt after = warehouse.confirmPutaway(new ConfirmPutaway(r.id(), task.task(), null, HE));
            PutawayTask done = after.tasks().stream().filter(x -> x.task() == task.task()).findFirst().orElseThrow();
            put.add(List.of(done.part().value(), String.valueOf(done.quantity()), done.bin().value(),
                    lang == Lang.ZH ? Lang.inChinese(done.decision().summary().zh())
                            : done.decision().summary().en()));
        }
        out.print(Lang.table(List.of(t("Part", "件号"), t("Qty", "数量"), t("Bin", "料位"), t("Why this bin", "选位理由")),
                put, 3));
        return warehouse.receipt(r.id());
    }

    private String partName(PartNumber part) {
        return warehouse.parts().find(part).map(p -> lang.t(p.name())).orElse(part.value());
    }

    // ------------------------------------------------------------------ 08:20 appointments

    private void reconfirm(int hour, int minute, AppointmentId booking, String en, String zh) {
        at(hour, minute);
        heading(en, zh);
        var ap = desk.appointment(booking).orElseThrow().value();
        desk.confirm(new Commands.ConfirmAppointment(booking, ap.advisor()));
        var now = desk.appointment(booking).orElseThrow().value();
        out.print(Lang.table(List.of(t("Appointment", "预约单"), t("Arrives", "到店"), t("Plate", "车牌"),
                t("Advisor", "服务顾问"), t("Status", "状态")), List.of(List.of(booking.value(),
                        lang.time(now.expectedArrival()), now.plate().value(), who(now.advisor()), lang.label(now.status()))),
                3));
    }

    // ------------------------------------------------------------------ 09:00 the booked customer

    private void arrives(int hour, int minute, String plate, StaffId advisor) {
        at(hour, minute);
        desk.registerArrival(new Commands.RegisterArrival(LicencePlate.parse(plate), advisor, GUARD));
    }

    private RepairOrderId bookedCustomer(AppointmentId booking) {
        arrives(8, 58, "粤A3F829", WANG);
        at(9, 0);
        heading("Ms Zhang arrives for her booked service", "预约客户张女士到店保养");
        line(who(GUARD) + " registered her car at the gate at 08:58; " + who(WANG) + " receives her at 09:00",
                who(GUARD) + " 08:58 在门岗登记车辆；" + who(WANG) + " 09:00 接待");
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(booking, zhang(), VehicleId.of("V-ZHANG"),
                LicencePlate.parse("粤A3F829"), "Accord", "LSVAA4182E2101238", 42_180, WANG,
                List.of("Oil service due", "Brakes squeal when stopping"), false, "13812345678", true, WANG))
                .get(1).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of("scratch on the rear bumper"), true,
                List.of("umbrella"), true, WANG));
        desk.recordInspection(new Commands.RecordInspection(ro, List.of(
                new InspectionItem("tyres", InspectionItem.Outcome.PASS, WANG, "6 mm"),
                new InspectionItem("brake-pads", InspectionItem.Outcome.ADVISORY, WANG, "3 mm")), WANG));
        desk.agreeWash(new Commands.AgreeWash(ro, true, 20, WANG));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, WANG));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(0, "service due", 1, "pads worn, covered by warranty"), false,
                null, WANG));
        at(9, 15);
        desk.estimate(new Commands.Estimate(ro, List.of(
                labour("L1", "OIL-CHANGE", "Oil change", Payer.CUSTOMER, 0),
                part("P1", OIL_FILTER, "1", "48.00", Payer.CUSTOMER, 0),
                part("F1", ENGINE_OIL, "1", "398.00", Payer.CUSTOMER, 0),
                labour("W1", "BRAKE-PADS", "Front brake pads", Payer.WARRANTY, 1),
                part("W2", BRAKE_PADS, "1", "286.00", Payer.WARRANTY, 1)),
                DAY.atTime(16, 30).atZone(Dealership.ZONE).toInstant(), "card", "Zhang Min", null, WANG));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "regular service", WANG));
        RepairOrder o = order(ro);
        line(ro.value() + " opened by " + who(WANG) + "; estimate approved; promised " + lang.time(o.promisedAt()),
                ro.value() + " 由" + who(WANG) + "开单；估价已获客户确认；承诺完工 " + lang.time(o.promisedAt()));
        estimateTable(o);
        at(9, 30);
        desk.dispatch(new Commands.Dispatch(ro, Dealership.ENGINE_TEAM.name(), WANG));
        desk.clockOn(new Commands.ClockOn(ro, ZHAO, "L1", ZHAO));
        desk.clockOn(new Commands.ClockOn(ro, SUN, "W1", SUN));
        line("Dispatched to team 1; " + who(ZHAO) + " and " + who(SUN) + " clock on",
                "派工给一组；" + who(ZHAO) + "、" + who(SUN) + " 开工");
        return ro;
    }

    private void estimateTable(RepairOrder o) {
        List<List<String>> rows = new ArrayList<>();
        for (EstimateLine l : o.approvedLines()) {
            Money amount = l.unitPrice() == null ? null : l.unitPrice().times(l.quantity());
            rows.add(List.of(l.key(), lineText(l), Lang.decimal(l.quantity()).replaceAll("\\.00$", ""),
                    lang.money(l.unitPrice()), lang.money(amount), lang.label(l.payer())));
        }
        out.print(Lang.table(List.of(t("Line", "行"), t("Work or part", "项目"), t("Qty", "数量"), t("Unit", "单价"),
                t("Amount", "金额"), t("Paid by", "付费方")), rows, 5));
    }

    private String lineText(EstimateLine l) {
        if (l.part() != null) {
            return partName(l.part());
        }
        return switch (l.operation() == null ? "" : l.operation()) {
            case "OIL-CHANGE" -> t("Oil change (labour)", "更换机油（工时）");
            case "BRAKE-PADS" -> t("Front brake pads (labour)", "更换前刹车片（工时）");
            case "DIAG" -> t("Diagnosis (labour)", "故障诊断（工时）");
            case "O2-SENSOR" -> t("Oxygen sensor (labour)", "更换氧传感器（工时）");
            case "HEADLAMP" -> t("Headlamp (labour)", "更换大灯（工时）");
            default -> l.description();
        };
    }

    static Commands.Line labour(String key, String op, String text, Payer payer, int request) {
        return new Commands.Line(key, EstimateLine.Kind.LABOUR, text, op, null, null, null, payer, request);
    }

    static Commands.Line part(String key, PartNumber part, String qty, String price, Payer payer, int request) {
        return new Commands.Line(key, EstimateLine.Kind.PART, "part " + part.value(), null, part, new BigDecimal(qty),
                Money.ofYuan(price), payer, request);
    }

    // ------------------------------------------------------------------ 09:40 the walk-in

    private RepairOrderId walkIn() {
        arrives(9, 38, "粤B62817", LI);
        at(9, 40);
        heading("Mr Liu walks in: the engine warning light is on", "散客刘先生到店：发动机故障灯亮");
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(null, liu(), VehicleId.of("V-LIU"),
                LicencePlate.parse("粤B62817"), "Civic", null, 88_020, LI, List.of("Engine warning light on"), true,
                null, false, LI)).get(0).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, LI));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, LI));
        desk.agreeWash(new Commands.AgreeWash(ro, false, 0, LI));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(), true, ZHAO, LI));
        desk.estimate(new Commands.Estimate(ro, List.of(labour("D1", "DIAG", "Diagnosis", Payer.CUSTOMER, 0)),
                DAY.atTime(12, 0).atZone(Dealership.ZONE).toInstant(), "cash", "Liu Yang", null, LI));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "wants to know", LI));
        line(ro.value() + " opened by " + who(LI) + "; the customer waits in the lounge; diagnosis approved",
                ro.value() + " 由" + who(LI) + "开单；客户在休息区等候；诊断已获确认");
        return ro;
    }

    // ------------------------------------------------------------------ the lounge board

    private void board(int hour, int minute) {
        at(hour, minute);
        heading("The lounge board", "休息区进度看板");
        List<BoardLine> rows = LoungeBoard.rows(d.board, lang, d.clock.instant());
        boards.add(new BoardMoment(lang.time(d.clock.instant()), rows));
        out.print(LoungeBoard.text(rows, lang, 3));
    }

    // ------------------------------------------------------------------ 10:15 the complaint

    private int sentBeforeComplaint;

    private ComplaintNumber takeComplaint() {
        at(10, 15);
        sentBeforeComplaint = d.sent.size();
        heading("Mr Huang phones with a complaint", "黄先生来电投诉");
        Complaint c = complaints.receive(new ComplaintCommand.Receive(LI, IntakeChannel.PHONE,
                new Links(CustomerId.of("C-HUANG"), VehicleId.of("V-HUANG"), null, null),
                "The brakes squeal since the pads were changed here last week.",
                new org.aftersales.complaints.CustomerContact("13655556666",
                        new ContactPreferences(List.of(ContactPreferences.Channel.SMS), null, null, false)),
                null));
        line(c.number().value() + " taken by " + who(LI) + ", who owns it; severity " + lang.t(c.severity().label())
                        + "; first answer due " + lang.time(c.due().get(Obligation.FIRST_ANSWER)),
                c.number().value() + " 由" + who(LI) + "受理并负责到底；严重程度：" + lang.t(c.severity().label())
                        + "；首次答复期限 " + lang.time(c.due().get(Obligation.FIRST_ANSWER)));
        return c.number();
    }

    // ------------------------------------------------------------------ 10:30 the shortage

    private TransferOrder lastTransfer;

    private RepairOrderId shortage(AppointmentId booking) {
        arrives(10, 28, "粤A7K521", LI);
        at(10, 30);
        heading("Mr Chen arrives: a cracked headlamp, and none in stock", "陈先生到店：左前大灯破裂，库存无货");
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(booking, chen(), VehicleId.of("V-CHEN"),
                LicencePlate.parse("粤A7K521"), "Accord", null, 23_400, LI, List.of("Left headlamp cracked"), false,
                "13922223333", true, LI)).get(1).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of("left headlamp cracked"), true, List.of(), true,
                LI));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, LI));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(0, "stone chip"), false, null, LI));
        ShortageAnswer answer = warehouse.shortage(HEADLAMP, 1, DAY);
        line(partName(HEADLAMP) + " (" + HEADLAMP.value() + "): " + answer.availableNow() + " in stock; offers:",
                partName(HEADLAMP) + "（" + HEADLAMP.value() + "）：现有库存 " + answer.availableNow() + "；调货报价：");
        List<List<String>> rows = new ArrayList<>();
        for (TransferOffer o : answer.transfers()) {
            rows.add(List.of(sourceName(o.source()), lang.label(o.kind()), String.valueOf(o.available()),
                    lang.date(o.arrives())));
        }
        out.print(Lang.table(List.of(t("Source", "货源"), t("Kind", "类型"), t("Has", "可调"), t("Arrives", "到货")),
                rows, 5));
        lastTransfer = warehouse.raiseTransfer(new ShortageCommands.RaiseTransfer(HEADLAMP, 1, DAY, null, HE,
                Recipient.customer(CustomerId.of("C-CHEN"), "13922223333", ContactPreferences.phoneAnyTime())));
        desk.estimate(new Commands.Estimate(ro, List.of(labour("H1", "HEADLAMP", "Headlamp", Payer.CUSTOMER, 0)),
                lastTransfer.promised().atTime(17, 0).atZone(Dealership.ZONE).toInstant(), "card", "Chen Hui", null, LI));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "wants the genuine part", LI));
        line("Transfer " + lastTransfer.id().value() + " from " + sourceName(lastTransfer.offer().source())
                        + "; Mr Chen is told at once: his car is ready on " + lang.date(lastTransfer.promised()),
                "调拨单 " + lastTransfer.id().value() + "，货源：" + sourceName(lastTransfer.offer().source())
                        + "；当即告知陈先生：车辆可于 " + lang.date(lastTransfer.promised()) + " 修好");
        line(ro.value() + " approved: the fitting now, the lamp (¥1,280.00) added when the transfer brings it",
                ro.value() + " 已确认：先做拆装工时，大灯（¥1,280.00）随调拨到货后加入工单");
        return ro;
    }

    private String sourceName(String id) {
        return switch (id) {
            case "Riverside Honda East" -> t(id, "河畔本田东店");
            case "GAC Honda central warehouse" -> t(id, "广汽本田中心库");
            default -> id;
        };
    }

    // ------------------------------------------------------------------ 10:10 a technician moves on

    private void techniciansMove(RepairOrderId first, RepairOrderId walkIn) {
        at(10, 10);
        desk.clockOff(new Commands.ClockOff(first, ZHAO, ZHAO));
        desk.dispatch(new Commands.Dispatch(walkIn, Dealership.ENGINE_TEAM.name(), LI));
        desk.clockOn(new Commands.ClockOn(walkIn, ZHAO, "D1", ZHAO));
        heading(first.value() + ": the oil change is done; " + who(ZHAO) + " moves to " + walkIn.value(),
                first.value() + "：机油更换完毕；" + who(ZHAO) + " 转做 " + walkIn.value());
        line(who(ZHAO) + " clocks off after 40 minutes and starts the diagnosis of Mr Liu's car",
                who(ZHAO) + " 用时 40 分钟后打卡下工，开始诊断刘先生的车");
    }

    // ------------------------------------------------------------------ 10:40 the first order finished

    private void finishFirstOrder(RepairOrderId ro) {
        at(10, 40);
        desk.clockOff(new Commands.ClockOff(ro, SUN, SUN));
        heading(ro.value() + ": work done, checked three times, washed", ro.value() + "：完工、三级检验、洗车");
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "oil and filter changed", Request.Result.FIXED, ZHAO));
        desk.recordResult(new Commands.RecordResult(ro, 1, null, "pads replaced under warranty", Request.Result.FIXED, SUN));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "torques checked, no leaks", SUN));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, SUN));
        desk.finishRepair(new Commands.FinishRepair(ro, SUN));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, QIAN));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, ZHOU));
        at(11, 0);
        desk.finishWashing(new Commands.FinishWashing(ro, RepairOrder.WASH_CHECKLIST, true, WU));
        desk.sendPickupNotice(new Commands.SendPickupNotice(ro, DAY.atTime(13, 40).atZone(Dealership.ZONE).toInstant(),
                WANG));
        line("Self-check, team leader's check and final inspection passed; washed by " + who(WU) + " by "
                        + lang.time(d.clock.instant()) + "; Ms Zhang told her car is ready",
                "自检、班组长检验、终检均通过；" + who(WU) + " 于 " + lang.time(d.clock.instant()) + " 洗车完毕；已通知张女士取车");
    }

    // ------------------------------------------------------------------ 11:10 extra work and a failed final inspection

    private void extraWork(RepairOrderId ro) {
        at(11, 10);
        heading(ro.value() + ": the diagnosis finds a failed oxygen sensor", ro.value() + "：诊断发现氧传感器损坏");
        desk.findAdditionalWork(new Commands.FindAdditionalWork(ro, List.of(
                labour("X1", "O2-SENSOR", "Oxygen sensor", Payer.CUSTOMER, -1),
                part("X2", O2_SENSOR, "1", "420.00", Payer.CUSTOMER, -1)), "upstream oxygen sensor reads flat", ZHAO));
        line("Extra work found; estimate revision 2 put to Mr Liu in the lounge (" + lang.label(order(ro).status()) + ")",
                "发现增项；第 2 版估价交休息区的刘先生确认（" + lang.label(order(ro).status()) + "）");
        at(11, 20);
        desk.approve(new Commands.ApproveRevision(ro, 2, Set.of(), "safety", LI));
        desk.reportDelay(new Commands.ReportDelay(ro, DAY.atTime(15, 0).atZone(Dealership.ZONE).toInstant(),
                "extra work", LI));
        line("Revision 2 approved at " + lang.time(d.clock.instant()) + "; new promise " + lang.time(order(ro).promisedAt()),
                lang.time(d.clock.instant()) + " 第 2 版估价已确认；新的承诺完工时间 " + lang.time(order(ro).promisedAt()));
        estimateTable(order(ro));
    }

    private void failedInspection(RepairOrderId ro) {
        at(11, 50);
        desk.clockOff(new Commands.ClockOff(ro, ZHAO, ZHAO));
        desk.recordResult(new Commands.RecordResult(ro, 0, "oxygen sensor failed", "sensor replaced",
                Request.Result.FIXED, ZHAO));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "fault codes cleared", ZHAO));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, ZHAO));
        desk.finishRepair(new Commands.FinishRepair(ro, ZHAO));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, QIAN));
        at(11, 55);
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, false, "WARNING-LIGHT",
                "warning light came back on the road test", ZHOU));
        heading(ro.value() + ": final inspection fails, back to the bay", ro.value() + "：终检不合格，返回工位");
        line(who(ZHOU) + ": the warning light came back on the road test; status " + lang.label(order(ro).status()),
                who(ZHOU) + "：路试时故障灯再次点亮；状态：" + lang.label(order(ro).status()));
    }

    private void waitForTheLamp(RepairOrderId ro) {
        at(13, 30);
        desk.dispatch(new Commands.Dispatch(ro, Dealership.ENGINE_TEAM.name(), LI));
        desk.clockOn(new Commands.ClockOn(ro, SUN, "H1", SUN));
        at(13, 38);
        desk.clockOff(new Commands.ClockOff(ro, SUN, SUN));
        desk.waitForParts(new Commands.WaitForParts(ro, "headlamp on transfer " + lastTransfer.id().value(), LI));
        heading(ro.value() + ": the broken lamp is out; the car waits for the transfer",
                ro.value() + "：破损大灯已拆下，等待调拨配件");
        line(who(SUN) + " removed the cracked lamp; " + lang.label(order(ro).status()) + " until "
                + lang.date(lastTransfer.promised()), who(SUN) + " 拆下破裂的大灯；" + lang.label(order(ro).status())
                + "，至 " + lang.date(lastTransfer.promised()));
    }

    private void reinspection(RepairOrderId ro) {
        at(14, 0);
        desk.clockOn(new Commands.ClockOn(ro, ZHAO, "X1", ZHAO));
        at(14, 30);
        desk.clockOff(new Commands.ClockOff(ro, ZHAO, ZHAO));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, ZHAO));
        desk.finishRepair(new Commands.FinishRepair(ro, ZHAO));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, QIAN));
        at(14, 45);
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, ZHOU));
        heading(ro.value() + ": re-inspection", ro.value() + "：复检");
        line("A loose connector re-seated; re-inspection passed; " + lang.label(order(ro).status()),
                "松动的插接件已重新插紧；复检合格；" + lang.label(order(ro).status()));
    }

    // ------------------------------------------------------------------ settlement and the gate

    private void settleAndRelease(RepairOrderId ro, String customer, StaffId advisor, int hour, int minute) {
        at(hour, minute);
        RepairOrder o = order(ro);
        heading(ro.value() + ": settlement, hand-over and the gate", ro.value() + "：结算、交车、门卫放行");
        Settlement s = o.settlement();
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, advisor));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, advisor));
        desk.signSettlement(new Commands.SignSettlement(ro, advisor));
        desk.takePayment(new Commands.TakePayment(ro, s.total(), MA));
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, advisor));
        RepairOrder paid = order(ro);
        at(hour, minute + 10);
        desk.passGate(new Commands.PassGate(ro, paid.exitPass(), GUARD));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("Customer lines, net", "客户付费（不含税）"), lang.money(s.customerNet())));
        rows.add(List.of(t("VAT", "增值税") + " " + s.vatRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                lang.money(s.vat())));
        rows.add(List.of(t("To pay", "应付合计"), lang.money(s.total())));
        rows.add(List.of(t("Warranty claim on the maker", "向厂家索赔（保修）"), lang.money(s.warrantyClaim())));
        out.print(Lang.table(List.of(t("Settlement", "结算单"), t("Amount", "金额")), rows, 5));
        line("Paid to " + who(MA) + "; invoice " + paid.invoiceNumber() + "; exit pass " + paid.exitPass()
                        + " checked by " + who(GUARD) + " at the gate at " + lang.time(d.clock.instant()),
                "已向" + who(MA) + "付款；发票 " + paid.invoiceNumber() + "；出门证 " + paid.exitPass() + " 于 "
                        + lang.time(d.clock.instant()) + " 经门卫" + who(GUARD) + "查验放行");
        settled.add(new SettledOrder(ro.value(), customer, s.customerNet(), s.vat(), s.total(), s.warrantyClaim(),
                paid.invoiceNumber(), paid.exitPass()));
    }

    // ------------------------------------------------------------------ the complaint escalates and closes

    private void escalateAndClose(ComplaintNumber n) {
        Instant due = complaints.get(n).due().get(Obligation.FIRST_ANSWER);
        int before = sentBeforeComplaint;
        d.clock.set(LocalDateTime.ofInstant(due.plusSeconds(60), Dealership.ZONE));
        tick();
        heading(n.value() + ": the first answer is late, and the complaint escalates", n.value() + "：首次答复超时，投诉升级");
        List<Dealership.Sent> alerts = d.sent.subList(before, d.sent.size()).stream()
                .filter(s -> s.message().startsWith("complaint.")).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Dealership.Sent s : alerts) {
            rows.add(List.of(lang.time(s.at()), lang.label(s.channel()), recipient(s.to())));
        }
        if (!alerts.isEmpty()) {
            escalated = 1;
        }
        out.print(Lang.table(List.of(t("Sent", "发送"), t("Channel", "渠道"), t("To", "对象")), rows, 5));
        d.clock.advance(java.time.Duration.ofMinutes(4));
        tick();
        complaints.answer(new ComplaintCommand.Answer(n, LI, "We are sorry; we will look at the brakes today."));
        complaints.classify(new ComplaintCommand.Classify(n, LI, Cause.REPAIR_WORK, Severity.NORMAL, "brakes"));
        complaints.listen(new ComplaintCommand.Listen(n, LI, "Squeal at low speed since the pad change; read back."));
        complaints.analyse(new ComplaintCommand.Analyse(n, LI, "Pads fitted without anti-squeal paste",
                "Quiet brakes, no charge"));
        complaints.decide(new ComplaintCommand.Decide(n, CHEN, true, "Accept; refit the pads free of charge"));
        complaints.findSolution(new ComplaintCommand.FindSolution(n, LI, "Refit the pads with paste", false));
        complaints.recordQuality(new ComplaintCommand.RecordQuality(n, LI, "Opinion form 11: squeal",
                "Paste left out at the last job", "Paste on every pad job; checklist item added",
                Dealership.SERVICE, QIAN));
        at(16, 50);
        complaints.resolve(new ComplaintCommand.Resolve(n, LI, "We apologised in person",
                List.of(Remedy.of(RemedyKind.REDO, Money.ofYuan("0.00")))));
        complaints.review(new ComplaintCommand.RecordReview(n, LIN, "Paste left out", "Follow the pad checklist",
                "Team leader checks paste on every pad job"));
        complaints.tellResult(new ComplaintCommand.TellResult(n, LI, "Phoned Mr Huang; he is satisfied"));
        Complaint closed = complaints.close(new ComplaintCommand.Close(n, LI));
        line("Answered by " + who(LI) + "; cause: " + lang.t(Cause.REPAIR_WORK.label()) + "; remedy: "
                        + lang.t(RemedyKind.REDO.label()) + " free of charge; reviewed by " + who(LIN) + "; "
                        + lang.label(closed.stage()) + " at " + lang.time(d.clock.instant()),
                who(LI) + " 已答复；原因：" + lang.t(Cause.REPAIR_WORK.label()) + "；补救：免费" + lang.t(RemedyKind.REDO.label())
                        + "；" + who(LIN) + " 已回顾；" + lang.time(d.clock.instant()) + " " + lang.label(closed.stage()));
    }

    private String recipient(String id) {
        if (id.startsWith("C-")) {
            return t("the customer", "客户");
        }
        StaffId s = StaffId.of(id);
        return who(s);
    }

    // ------------------------------------------------------------------ follow-up calls

    private int followUps(RepairOrderId first, RepairOrderId second) {
        LocalDate next = DAY.plusDays(1);
        while (!d.calendar.isWorkingDay(Dealership.SERVICE, next)) {
            next = next.plusDays(1);
        }
        at(next, 10, 0);
        heading(lang.date(next) + ": the follow-up call on " + first.value(), lang.date(next) + "：" + first.value() + " 回访电话");
        desk.followUp(new Commands.FollowUp(first, false, null, null, List.of(), null, WANG));
        line(who(WANG) + " calls at 10:00: no answer; the order stays due for its call",
                who(WANG) + " 10:00 致电：无人接听；该工单仍待回访");
        followUp(first, next, 14, 0, 5, "Quick, and the car came back clean; the brakes are quiet now",
                List.of("on-time", "cleanliness", "praise"));
        LocalDate monday = next.plusDays(1);
        while (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        at(monday, 10, 0);
        heading(lang.date(monday) + ": the follow-up call on " + second.value(),
                lang.date(monday) + "：" + second.value() + " 回访电话");
        line("Li Wei is off on Saturday; her call on Monday is still inside three working days of the delivery",
                "李伟周六休息，周一回访，仍在交车后三个工作日之内");
        followUp(second, monday, 10, 5, 4, "The light is off now, but the second road test took long",
                List.of("repair-quality", "waiting-time"));
        return 3;
    }

    private void followUp(RepairOrderId ro, LocalDate day, int hour, int minute, int score, String remarks,
            List<String> tags) {
        at(day, hour, minute);
        RepairOrder o = order(ro);
        desk.followUp(new Commands.FollowUp(ro, true, score, remarks, tags, null, o.advisor()));
        desk.close(new Commands.Close(ro, o.advisor()));
        org.aftersales.serviceflow.Vocabulary vocabulary = org.aftersales.serviceflow.Vocabulary.remarkTags();
        String labels = String.join(lang.t(", ", "、"), tags.stream()
                .map(tag -> vocabulary.label(tag).map(lang::t).orElse(tag)).toList());
        line(who(o.advisor()) + " reaches the customer at " + lang.time(d.clock.instant()) + ": satisfaction " + score
                        + " of 5; remarks tagged " + labels + "; " + lang.label(order(ro).status()),
                lang.time(d.clock.instant()) + " " + who(o.advisor()) + " 联系上客户：满意度 " + score + "/5；意见标签："
                        + labels + "；" + lang.label(order(ro).status()));
    }

    // ------------------------------------------------------------------ scorecards

    private List<ScoreLine> scorecards() {
        at(d.clock.local().toLocalDate(), 18, 0);
        heading("The advisors' scorecards, November to date (front-desk standard)", "服务顾问考核卡：11 月至今（前台服务标准）");
        Scoring scoring = d.scoring();
        Catalogue catalogue = scoring.catalogue("service-front-desk");
        List<ScoreLine> lines = new ArrayList<>();
        for (StaffId advisor : List.of(WANG, LI)) {
            Subject subject = new Subject.Staff(advisor, "service-advisor", "service");
            List<ItemResult> results = new ArrayList<>();
            catalogue.applicableTo(subject).values().stream().filter(i -> i.evidence() == EvidenceSource.OBSERVED)
                    .forEach(i -> results.add(ItemResult.passed(i.code().value(), "seen on 19 Nov", Actor.staff(CHEN))));
            AssessmentId id = AssessmentId.of("A-2026-11-" + advisor.value().toUpperCase(java.util.Locale.ROOT));
            scoring.record(new RecordAssessment(id, catalogue.code(), subject, AssessmentPeriod.month(YearMonth.of(2026, 11)),
                    results));
            Scorecard card = scoring.scorecard(id);
            lines.add(new ScoreLine(advisor.value(), card.score().earned(), card.score().applicable(),
                    card.score().percent(), card.score().grade().code()));
            out.print(scorecardText(card, who(advisor), lang));
            Assessment stored = scoring.find(id).orElseThrow();
            for (ItemResult r : stored.results()) {
                catalogue.item(r.item()).filter(i -> i.evidence() == EvidenceSource.DERIVED).ifPresent(i ->
                        out.println("     " + t("Derived from the events: ", "由事件得出：") + r.item().value() + " "
                                + lang.t(i.text()) + " — " + lang.t(r.outcome().text())));
            }
        }
        return lines;
    }

    /**
     * A scorecard as aligned text in one language.
     *
     * @param card the scorecard
     * @param name who was assessed
     * @param lang the language
     * @return the text
     */
    public static String scorecardText(Scorecard card, String name, Lang lang) {
        StringBuilder b = new StringBuilder();
        b.append("   ").append(name).append(" · ").append(lang.t(card.catalogueTitle())).append(" · ")
                .append(card.period().label()).append('\n');
        List<List<String>> rows = new ArrayList<>();
        for (SectionScore s : card.sections()) {
            rows.add(List.of(lang.t(s.title()), Lang.decimal(s.earned()), Lang.decimal(s.applicable()),
                    s.percent() == null ? lang.t("n/a", "不适用") : Lang.decimal(s.percent()) + "%"));
        }
        rows.add(List.of(lang.t("Total", "合计"), Lang.decimal(card.score().earned()), Lang.decimal(card.score().applicable()),
                Lang.decimal(card.score().percent()) + "%"));
        b.append(Lang.table(List.of(lang.t("Section", "项目"), lang.t("Earned", "得分"), lang.t("Of", "满分"),
                lang.t("Score", "得分率")), rows, 5));
        b.append("     ").append(lang.t("Grade: ", "等级：")).append(lang.t(card.score().grade().name())).append('\n');
        return b.toString();
    }

    // ------------------------------------------------------------------ diagrams

    private List<String> diagrams() {
        List<String> files = Diagrams.write(diagramFolder);
        heading("The flows as Mermaid diagrams", "流程图（Mermaid）");
        for (String f : files) {
            out.println("   " + f);
        }
        return files;
    }

    // ------------------------------------------------------------------ summary

    private void summary(Figures f) {
        heading("The day in figures", "当日数据");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("Pieces received and put away", "到货入库件数"), String.valueOf(f.piecesAccepted())));
        rows.add(List.of(t("Lines reported to the supplier", "向供应商报告的差异"), String.valueOf(f.discrepancies())));
        rows.add(List.of(t("Repair orders opened", "开立维修工单"), String.valueOf(f.ordersOpened())));
        rows.add(List.of(t("Cars handed over and out of the gate", "交车并出门"), String.valueOf(f.ordersDelivered())));
        rows.add(List.of(t("Takings, VAT included", "营业收入（含税）"), lang.money(f.takings())));
        rows.add(List.of(t("VAT", "增值税"), lang.money(f.vat())));
        rows.add(List.of(t("Warranty claims", "保修索赔"), lang.money(f.warrantyClaims())));
        rows.add(List.of(t("Complaints taken / escalated / closed", "投诉 受理/升级/关闭"),
                f.complaintsReceived() + "/" + f.complaintsEscalated() + "/" + f.complaintsClosed()));
        rows.add(List.of(t("Follow-up calls", "回访电话"), String.valueOf(f.followUps())));
        rows.add(List.of(t("Events in the store's log", "存储中的事件"), String.valueOf(f.events())));
        out.print(Lang.table(List.of(t("Figure", "指标"), t("Value", "数值")), rows, 3));
    }
}
