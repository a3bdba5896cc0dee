package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.complaints.Cause;
import org.aftersales.complaints.Complaint;
import org.aftersales.complaints.ComplaintCommand;
import org.aftersales.complaints.ComplaintDesk;
import org.aftersales.complaints.ComplaintEscalation;
import org.aftersales.complaints.IntakeChannel;
import org.aftersales.complaints.Links;
import org.aftersales.complaints.Obligation;
import org.aftersales.complaints.Severity;
import org.aftersales.complaints.StatusChange;
import org.aftersales.complaints.StepRecord;
import org.aftersales.complaints.TrackingEntry;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.spi.NotificationSender;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;

/**
 * The complaint tracking log (K1, K3, K10): open complaints with owner, step and the time each
 * running limit falls due, overdue rows highlighted; one complaint's steps, status changes,
 * missed limits and escalations. Seeded with complaints received over the last days, some of
 * them past their limits (once per store, by {@link #seed()}). Complaints, their deadlines and
 * the notification outbox live in the console's store.
 */
final class ComplaintLog {

    private static final LocalizedText COMPLAINT = new LocalizedText("complaint", "投诉");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OffsetClock clock;
    private final StaffDirectory staff;
    private final ComplaintDesk desk;
    private final Deadlines deadlines;
    private final ZoneId zone;

    ComplaintLog(java.time.Clock base, StaffDirectory staff, ZoneId zone, Storage storage) {
        this.clock = new OffsetClock(base);
        this.staff = staff;
        this.zone = zone;
        BusinessCalendar calendar = Dealership.calendar();
        Notifications outbox = Notifications.builder().storage(storage).clock(clock)
                .templates(Templates.standardPhrases().with(ComplaintDesk.templates()))
                .sender(new Kept(Channel.SMS), new Kept(Channel.STAFF_ALERT)).build();
        this.deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
                .listener(ComplaintEscalation.of(outbox, staff, clock, calendar.zone())).build();
        this.desk = ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
                .deadlines(deadlines).notifications(outbox).department(Dealership.CARE).build();
        // the tracking log is a read model of the event log: a restarted console reads it again
        desk.trackingLog().rebuild(storage.events());
    }

    /** A sender that keeps what it is given: the console sends no real messages. */
    private final class Kept implements NotificationSender {
        private final Channel channel;

        Kept(Channel channel) {
            this.channel = channel;
        }

        @Override
        public String id() {
            return "console-" + channel.name().toLowerCase(java.util.Locale.ROOT);
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

    private final List<OutgoingMessage> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

    ComplaintDesk desk() {
        return desk;
    }

    /** Receives the sample complaints over the last days and lets their deadlines fire. */
    void seed() {
        StaffId chen = StaffId.of("S-CHEN");
        Object[][] seeds = {
            {Duration.ofDays(-4), IntakeChannel.PHONE, "The brakes squeal since the last service.", Severity.NORMAL, true},
            {Duration.ofDays(-2), IntakeChannel.IN_PERSON, "I waited two hours past the promised time.", Severity.HIGH, true},
            {Duration.ofHours(-30), IntakeChannel.MESSENGER, "The invoice shows a part I did not agree to.", Severity.NORMAL,
                false},
            {Duration.ofHours(-3), IntakeChannel.PHONE, "Grease marks on the driver's seat after the wash.", Severity.LOW,
                true},
            {Duration.ofMinutes(-20), IntakeChannel.WRITTEN, "The air conditioning still smells.", Severity.NORMAL, false}};
        int i = 0;
        try {
            for (Object[] s : seeds) {
                clock.offset((Duration) s[0]);
                Complaint c = desk.receive(new ComplaintCommand.Receive(chen, (IntakeChannel) s[1],
                        new Links(CustomerId.of("C-" + (2000 + i)), VehicleId.of("V-" + (2000 + i)),
                                RepairOrderId.of("RO-2026-00" + (4100 + i)), null),
                        (String) s[2], null, (Severity) s[3]));
                if ((Boolean) s[4]) {
                    clock.offset(((Duration) s[0]).plusMinutes(10));
                    desk.classify(new ComplaintCommand.Classify(c.number(), chen, i == 1 ? Cause.ATTITUDE : Cause.REPAIR_WORK,
                            (Severity) s[3], i == 1 ? "waiting" : "workmanship"));
                    desk.listen(new ComplaintCommand.Listen(c.number(), chen, "Heard the customer out and read it back."));
                }
                i++;
            }
        } finally {
            clock.offset(Duration.ZERO);
        }
        deadlines.due(clock.instant());
    }

    /** @return the open complaints past a limit now */
    Set<ComplaintNumber> overdue(Instant now) {
        return desk.overdue(now).stream().map(Complaint::number).collect(Collectors.toSet());
    }

    private String name(StaffId id) {
        if (id == null) {
            return "";
        }
        StaffMember m = staff.staff().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        return m == null ? id.value() : m.name();
    }

    private String time(Instant t) {
        return t == null ? "–" : TIME.format(t.atZone(zone));
    }

    String list(Html.View view, Instant now) {
        Lang lang = view.lang();
        Set<ComplaintNumber> late = overdue(now);
        List<TrackingEntry> open = new ArrayList<>(desk.trackingLog().entries().stream().filter(e -> e.closedAt() == null)
                .toList());
        open.sort(Comparator.comparing(TrackingEntry::receivedAt));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(lang.pick(Screen.COMPLAINTS.title()))).append("</h1><p class=\"hint\">")
                .append(esc(view.t("complaintHint"))).append("</p><table class=\"data\" id=\"complaints\"><tr><th>")
                .append(esc(view.t("number"))).append("</th><th>").append(esc(view.t("received"))).append("</th><th>")
                .append(esc(view.t("owner"))).append("</th><th>").append(esc(view.t("severity"))).append("</th><th>")
                .append(esc(view.t("step"))).append("</th><th>").append(esc(view.t("status"))).append("</th><th>")
                .append(esc(view.t("dueNext"))).append("</th><th>").append(esc(view.t("escalations"))).append("</th></tr>");
        for (TrackingEntry e : open) {
            Complaint c = desk.get(e.number());
            boolean isLate = late.contains(e.number());
            b.append("<tr id=\"complaint-").append(esc(e.number().value())).append("\" data-overdue=\"").append(isLate)
                    .append("\"").append(isLate ? " class=\"overdue\"" : "").append("><td><a href=\"/complaints/")
                    .append(esc(e.number().value())).append("\">").append(esc(e.number().value())).append("</a></td><td>")
                    .append(time(e.receivedAt())).append("</td><td>").append(esc(name(e.owner()))).append("</td><td>")
                    .append(esc(lang.pick(e.severity().label()))).append("</td><td>").append(esc(e.stage().name()))
                    .append("</td><td>").append(esc(e.status().name())).append("</td><td>").append(time(c.nextDue()))
                    .append(isLate ? " <b>" + esc(view.t("overdue")) + "</b>" : "").append("</td><td>")
                    .append(e.escalations()).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    String one(Html.View view, String numberText, Instant now) {
        ComplaintNumber number;
        try {
            number = ComplaintNumber.of(numberText);
        } catch (RuntimeException e) {
            throw Problem.badParameter("complaint", numberText);
        }
        Complaint c = desk.find(number).orElseThrow(() -> Problem.notFound(COMPLAINT, numberText));
        TrackingEntry entry = desk.trackingLog().entry(number).orElse(null);
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(lang.pick(COMPLAINT))).append(' ').append(esc(c.number().value())).append("</h1>")
                .append("<table class=\"data\" id=\"complaint\"><tr><th>").append(esc(view.t("owner"))).append("</th><td>")
                .append(esc(name(c.owner()))).append("</td></tr><tr><th>").append(esc(view.t("received"))).append("</th><td>")
                .append(time(c.receivedAt())).append(" · ").append(esc(lang.pick(c.channel().label()))).append("</td></tr><tr><th>")
                .append(esc(view.t("words"))).append("</th><td>").append(esc(c.words())).append("</td></tr><tr><th>")
                .append(esc(view.t("step"))).append("</th><td>").append(esc(c.stage().name())).append("</td></tr><tr><th>")
                .append(esc(view.t("escalations"))).append("</th><td id=\"escalations\">")
                .append(entry == null ? 0 : entry.escalations()).append("</td></tr></table>");
        b.append("<h2>").append(esc(view.t("limits"))).append("</h2><table class=\"data\" id=\"limits\">");
        for (Map.Entry<Obligation, Instant> d : c.due().entrySet()) {
            boolean late = d.getValue().isBefore(now);
            b.append("<tr").append(late ? " class=\"overdue\"" : "").append("><td>").append(esc(d.getKey().name()))
                    .append("</td><td>").append(time(d.getValue())).append(late ? " " + esc(view.t("overdue")) : "")
                    .append("</td></tr>");
        }
        for (Obligation o : c.missed()) {
            b.append("<tr class=\"overdue\"><td>").append(esc(o.name())).append("</td><td>").append(esc(view.t("missed")))
                    .append("</td></tr>");
        }
        b.append("</table><h2>").append(esc(view.t("steps"))).append("</h2><table class=\"data\" id=\"steps\">");
        for (StepRecord s : c.steps()) {
            b.append("<tr><td>").append(time(s.at())).append("</td><td>").append(esc(lang.pick(s.step().label())))
                    .append("</td><td>").append(esc(name(s.actor()))).append("</td><td>").append(esc(s.note()))
                    .append("</td></tr>");
        }
        b.append("</table><h2>").append(esc(view.t("statusHistory"))).append("</h2><table class=\"data\" id=\"history\">");
        for (StatusChange h : c.history()) {
            b.append("<tr><td>").append(time(h.at())).append("</td><td>").append(esc(h.status().name())).append("</td><td>")
                    .append(esc(name(h.by()))).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }
}
