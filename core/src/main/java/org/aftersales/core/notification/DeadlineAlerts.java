package org.aftersales.core.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.aftersales.core.deadline.DeadlineEscalated;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.spi.DeadlineListener;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.internal.BundledResources;
import org.aftersales.core.store.UnitOfWork;

/**
 * Tells the person a deadline's firing names (the owner or their backup, a manager) with an
 * in-house alert (C12, C13): a {@link DeadlineListener} that queues the alert in the unit of
 * work that stores the firing, so that a firing and its alert are stored together or not at
 * all. Register it with {@code Deadlines.builder().listener(new DeadlineAlerts(outbox, zone))};
 * the outbox needs a {@link Channel#STAFF_ALERT} sender and the templates of
 * {@link #templates()} (message codes {@code deadline.missed} and {@code deadline.escalated}).
 * Lateness is written in business time, or in plain time when the calendar cannot count it.
 */
public final class DeadlineAlerts implements DeadlineListener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications outbox;
    private final ZoneId zone;

    /**
     * @param outbox the outbox alerts are queued in
     * @param zone the zone due times are written in
     */
    public DeadlineAlerts(Notifications outbox, ZoneId zone) {
        this.outbox = java.util.Objects.requireNonNull(outbox, "outbox");
        this.zone = java.util.Objects.requireNonNull(zone, "zone");
    }

    /**
     * The alert templates shipped with the library, our wording, meant to be replaced like the
     * standard phrases.
     *
     * @return the catalogue with {@code deadline.missed} and {@code deadline.escalated}
     */
    public static Templates templates() {
        return Templates.fromJson(BundledResources.text(DeadlineAlerts.class, "deadline-alerts.json"));
    }

    @Override
    public String id() {
        return "deadline-alerts";
    }

    @Override
    public void fired(DeadlineEvent event, UnitOfWork work) {
        String what = event instanceof DeadlineEscalated e ? "step-" + e.step().percent() : "missed";
        Map<String, String> values = Map.of(
                "subject", event.subject().toString(),
                "standard", event.standard(),
                "due", WHEN.format(event.due().atZone(zone)),
                "late", hoursAndMinutes(event.lateBusiness() != null ? event.lateBusiness() : event.latePlain()),
                "percent", event instanceof DeadlineEscalated e ? String.valueOf(e.step().percent()) : "100");
        outbox.queue(work, new Notify(key(event.deadline().value() + "/" + what), event.type(),
                Recipient.staff(event.recipient()), values));
    }

    private static NotificationId key(String text) {
        if (text.length() > Identifier.MAX_LENGTH) {
            text = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return NotificationId.of(text);
    }

    private static String hoursAndMinutes(Duration d) {
        Duration abs = d.abs();
        return (d.isNegative() ? "-" : "") + abs.toHours() + "h" + String.format("%02d", abs.toMinutesPart()) + "m";
    }
}
