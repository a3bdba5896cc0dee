package org.aftersales.demo.day;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.QualityCheck;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.Request;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Team;

/**
 * A month at a dealership of a given size (November 2026: its follow-up standards end inside the
 * shipped 2026 calendar), in memory: each order a walk-in oil
 * service driven command by command from reception to the gate, spread over the month's working
 * days on a simulated clock. Measures orders, commands and events per second of wall time.
 */
public final class Month {

    /** The result. */
    public record Result(int orders, long commands, long events, int workingDays, double seconds,
            double ordersPerSecond, double commandsPerSecond, double eventsPerSecond) {
    }

    private Month() {
    }

    /**
     * Runs the month.
     *
     * @param orders how many repair orders
     * @param progress told the number of orders done after each order
     * @return the figures
     */
    public static Result run(int orders, IntConsumer progress) {
        SimulatedClock clock = new SimulatedClock(LocalDate.of(2026, 11, 1).atTime(8, 0).atZone(Dealership.ZONE).toInstant(),
                Dealership.ZONE);
        Team big = new Team("team-1", Dealership.QIAN, List.of(Dealership.ZHAO, Dealership.SUN),
                Set.of("engine", "brakes", "electrical"), new BigDecimal("100000"));
        try (Storage storage = Storage.builder().discovery(false).clock(clock).build()) {
            Dealership d = new Dealership(storage, clock, big);
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = LocalDate.of(2026, 11, 1); day.getMonthValue() == 11; day = day.plusDays(1)) {
                if (d.calendar.isWorkingDay(Dealership.SERVICE, day)) {
                    days.add(day);
                }
            }
            ServiceDesk desk = d.desk;
            long commands = 0;
            long start = System.nanoTime();
            for (int i = 0; i < orders; i++) {
                clock.set(LocalDateTime.of(days.get((int) ((long) i * days.size() / orders)), java.time.LocalTime.of(8, 30)));
                commands += oneOrder(desk, clock, i);
                progress.accept(i + 1);
            }
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            long events = storage.events().since(0, Integer.MAX_VALUE).size();
            return new Result(orders, commands, events, days.size(), seconds, orders / seconds, commands / seconds,
                    events / seconds);
        }
    }

    private static int oneOrder(ServiceDesk desk, SimulatedClock clock, int i) {
        var a = Dealership.LI;
        var tech = i % 2 == 0 ? Dealership.ZHAO : Dealership.SUN;
        String phone = String.format("139%08d", i);
        Commands.CustomerDetails customer = new Commands.CustomerDetails(CustomerId.of("C-M" + i), "Customer " + i, phone,
                false, null);
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(null, customer, VehicleId.of("V-M" + i),
                LicencePlate.parse(String.format("粤B%05d", i % 100_000)), "Accord", null, 10_000 + i, a,
                List.of("Oil service due"), true, null, false, a)).get(0).subject());
        tickMinute(clock);
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, a));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, a));
        desk.agreeWash(new Commands.AgreeWash(ro, false, 0, a));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(0, "service due"), false, null, a));
        desk.estimate(new Commands.Estimate(ro, List.of(DayAtTheDealership.labour("L1", "OIL-CHANGE", "Oil change",
                Payer.CUSTOMER, 0)), clock.instant().plus(Duration.ofHours(6)), "cash", "Customer " + i, null, a));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "ok", a));
        desk.dispatch(new Commands.Dispatch(ro, "team-1", a));
        desk.clockOn(new Commands.ClockOn(ro, tech, "L1", tech));
        tickMinute(clock);
        desk.clockOff(new Commands.ClockOff(ro, tech, tech));
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "oil changed", Request.Result.FIXED, tech));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", tech));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, tech));
        desk.finishRepair(new Commands.FinishRepair(ro, tech));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, Dealership.QIAN));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, Dealership.ZHOU));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, a));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, a));
        desk.signSettlement(new Commands.SignSettlement(ro, a));
        RepairOrder o = desk.order(ro).orElseThrow().value();
        desk.takePayment(new Commands.TakePayment(ro, o.settlement().total(), Dealership.MA));
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, a));
        String pass = desk.order(ro).orElseThrow().value().exitPass();
        desk.passGate(new Commands.PassGate(ro, pass, Dealership.GUARD));
        return 24;
    }

    private static void tickMinute(SimulatedClock clock) {
        clock.advance(Duration.ofMinutes(1));
    }

    /**
     * Prints the result.
     *
     * @param r the result
     * @param lang the language
     * @param out where
     */
    public static void print(Result r, Lang lang, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(lang.t("Repair orders, reception to gate", "维修工单（接车到出门）"), String.valueOf(r.orders())));
        rows.add(List.of(lang.t("Working days", "工作日"), String.valueOf(r.workingDays())));
        rows.add(List.of(lang.t("Commands", "命令"), String.valueOf(r.commands())));
        rows.add(List.of(lang.t("Events", "事件"), String.valueOf(r.events())));
        rows.add(List.of(lang.t("Wall time, seconds", "耗时（秒）"), String.format(java.util.Locale.ROOT, "%.2f", r.seconds())));
        rows.add(List.of(lang.t("Orders per second", "每秒工单"), String.format(java.util.Locale.ROOT, "%.1f", r.ordersPerSecond())));
        rows.add(List.of(lang.t("Commands per second", "每秒命令"), String.format(java.util.Locale.ROOT, "%.1f", r.commandsPerSecond())));
        rows.add(List.of(lang.t("Events per second", "每秒事件"), String.format(java.util.Locale.ROOT, "%.1f", r.eventsPerSecond())));
        out.println(lang.t("A month at a dealership, November 2026, in memory", "4S 店的一个月（2026 年 11 月，内存存储）"));
        out.print(Lang.table(List.of(lang.t("Figure", "指标"), lang.t("Value", "数值")), rows, 2));
    }
}
