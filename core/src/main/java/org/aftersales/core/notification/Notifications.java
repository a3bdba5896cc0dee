package org.aftersales.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.notification.spi.NotificationSender;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;

/**
 * Notifications that are never lost (C12): a transactional outbox over the storage SPI and
 * the vendor's {@link NotificationSender} plugins, one per channel.
 *
 * <pre>{@code
 * Notifications outbox = Notifications.builder()
 *         .storage(storage).clock(clock).templates(Templates.standardPhrases().with(mine))
 *         .sender(smsGateway).sender(staffAlerts)
 *         .build();
 * storage.run(work -> {
 *     work.repository(ORDERS).save(order, version);                       // the change
 *     outbox.queue(work, new Notify(NotificationId.of(order.id() + "/ready"), "repair.ready",
 *             Recipient.customer(customer.id(), "13812345678", customer.preferences()),
 *             Map.of("customer", customer.name())));                     // stored with it, or not at all
 * });
 * outbox.deliverPending(clock.instant());                                // from the embedder's scheduler
 * }</pre>
 *
 * <p>Guarantees: a notification is stored in the unit of work that queues it, so a rolled-back
 * change sends nothing; {@link #deliverPending} claims each due notification (a versioned
 * save, so two callers never send one at once), calls its sender outside any unit of work,
 * and records the outcome. A sender that throws is reported as
 * {@link PluginFailureException} with its id and recorded as a failed try, retried with
 * doubling back-off (1 minute, then 2, 4... up to 1 hour by default) and parked after
 * {@link Builder#maxTries(int) the set tries} (5 by default), where {@link #parked()} shows it
 * and {@link #retry} sends it again. A claimed notification whose outcome was never recorded
 * (a crash) is tried again after the claim lapses (5 minutes by default), with the same
 * idempotency key. Messages to customers wait out quiet hours (21:00 to 08:00 in the
 * dealership's zone by default) and the hours the customer chose; alerts to staff go at any
 * hour. These numbers are our defaults; each has a builder setting.
 *
 * <p>Thread-safe; no thread of its own.
 */
public final class Notifications {

    /** Pending notifications by the instant of their next try. */
    public static final Index<Notification, Instant> BY_NEXT_ATTEMPT =
            Index.sorted("next-attempt", n -> n.status() == Notification.Status.PENDING ? n.nextAttempt() : null);
    /** Parked notifications, all under the key {@code parked}. */
    public static final Index<Notification, String> PARKED =
            Index.exact("parked", n -> n.status() == Notification.Status.PARKED ? "parked" : null);
    /** How notifications are stored. */
    public static final AggregateType<NotificationId, Notification> TYPE = AggregateType
            .of("notification", NotificationId.class, Notification.class).withIndex(BY_NEXT_ATTEMPT).withIndex(PARKED);

    private final Storage storage;
    private final Clock clock;
    private final Templates templates;
    private final Map<Channel, NotificationSender> senders;
    private final int maxTries;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;
    private final ZoneId zone;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;

    private Notifications(Builder b, Map<Channel, NotificationSender> senders) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.templates = b.templates;
        this.senders = senders;
        this.maxTries = b.maxTries;
        this.firstRetry = b.firstRetry;
        this.maxRetry = b.maxRetry;
        this.lease = b.lease;
        this.zone = b.zone;
        this.quietFrom = b.quietFrom;
        this.quietUntil = b.quietUntil;
    }

    /** @return a builder; storage, clock and templates are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the templates messages are written from */
    public Templates templates() {
        return templates;
    }

    /**
     * Queues a notification in a unit of its own.
     *
     * @param command the command
     * @return the notification
     */
    public Notification queue(Notify command) {
        return storage.inUnitOfWork(work -> queue(work, command));
    }

    /**
     * Queues a notification in the caller's unit of work: it is stored with the change that
     * causes it, or not at all. Queuing a key already queued returns the first notification.
     *
     * @param work the unit of work
     * @param command the command
     * @return the notification, pending
     * @throws org.aftersales.core.error.ValidationException listing every problem: unknown
     *     message code, missing values, a recipient no sender can reach
     */
    public Notification queue(UnitOfWork work, Notify command) {
        return place(work, command).notification();
    }

    /**
     * Queues a notification in the caller's unit of work unless its key is already there, and
     * says which: for a caller that records something only when it really queued (a greeting
     * event, a counter). The key is read once, so two units of work queuing the same key at
     * once cannot both answer true and both commit: the second one's commit is refused with
     * {@link org.aftersales.core.error.ConcurrentUpdateException}.
     *
     * @param work the unit of work
     * @param command the command
     * @return true when this call queued it; false when a notification with its key was
     *     already stored or queued in this unit of work
     * @throws org.aftersales.core.error.ValidationException as {@link #queue(UnitOfWork, Notify)}
     */
    public boolean queueIfNew(UnitOfWork work, Notify command) {
        return place(work, command).queued();
    }

    /** A notification and whether this call queued it. */
    private record Placed(Notification notification, boolean queued) {
    }

    private Placed place(UnitOfWork work, Notify command) {
        Violations v = NotificationMessages.violations();
        if (command == null) {
            v.add("", "required").throwIfPresent();
        }
        v.required("key", command.key()).required("to", command.to()).requiredText("message", command.message());
        Optional<MessageTemplate> template = templates.find(command.message());
        if (command.message() != null && template.isEmpty()) {
            v.add("message", "notification.unknownMessage", command.message());
        }
        Channel channel = command.to() == null ? null : channel(command.to(), v);
        String text = template.isPresent() && command.to() != null
                ? Templates.render(template.get(), command.to().language(), command.values(), v) : null;
        v.throwIfPresent();
        Repository<NotificationId, Notification> repo = work.repository(TYPE);
        Optional<Versioned<Notification>> before = repo.find(command.key());
        if (before.isPresent()) {
            return new Placed(before.get().value(), false);
        }
        Instant now = clock.instant();
        Notification n = new Notification(command.key(), command.message(), command.to(), channel, text,
                Notification.Status.PENDING, 0, now, allowedFrom(command.to(), now), null, null);
        repo.save(n, Versioned.NEW);
        return new Placed(n, true);
    }

    private Channel channel(Recipient to, Violations v) {
        if (to.kind() == Recipient.Kind.STAFF) {
            if (!senders.containsKey(Channel.STAFF_ALERT)) {
                v.add("to", "notification.noSender", Channel.STAFF_ALERT);
            }
            return Channel.STAFF_ALERT;
        }
        for (ContactPreferences.Channel preferred : to.preferences().channels()) {
            Channel c = Channel.of(preferred);
            if (senders.containsKey(c)) {
                return c;
            }
        }
        v.add("to.preferences.channels", "notification.noSender", to.preferences().channels());
        return null;
    }

    /**
     * Hands every pending notification whose time has come to its sender, and records each
     * outcome. A failing sender never stops the others.
     *
     * @param now the instant
     * @return what happened to each notification tried, in due order
     */
    public List<Delivery> deliverPending(Instant now) {
        Objects.requireNonNull(now, "now");
        List<Delivery> out = new ArrayList<>();
        for (Versioned<Notification> due : storage.repository(TYPE).findRange(BY_NEXT_ATTEMPT, null, now.plusNanos(1))) {
            Versioned<Notification> claimed;
            try {
                claimed = claim(due.value().id(), now);
            } catch (ConcurrentUpdateException raced) {
                continue; // another caller claimed or changed it
            }
            if (claimed != null) {
                out.add(send(claimed, now));
            }
        }
        return out;
    }

    private Versioned<Notification> claim(NotificationId id, Instant now) {
        return storage.inUnitOfWork(work -> {
            Repository<NotificationId, Notification> repo = work.repository(TYPE);
            Versioned<Notification> current = repo.get(id);
            Notification n = current.value();
            if (n.status() != Notification.Status.PENDING || n.nextAttempt().isAfter(now)) {
                return null;
            }
            Instant allowed = allowedFrom(n.to(), now);
            if (allowed.isAfter(now)) {
                repo.save(n.claimed(allowed), current.version()); // quiet hours: wait, no try spent
                return null;
            }
            return repo.save(n.claimed(now.plus(lease)), current.version());
        });
    }

    private Delivery send(Versioned<Notification> claimed, Instant now) {
        Notification n = claimed.value();
        NotificationSender sender = senders.get(n.channel());
        PluginFailureException failure = null;
        try {
            if (sender == null) {
                throw PluginFailureException.failed("channel-" + n.channel().name().toLowerCase(java.util.Locale.ROOT),
                        new IllegalStateException("no sender serves " + n.channel()));
            }
            OutgoingMessage message = new OutgoingMessage(n.id(), n.channel(), n.to(), n.message(), n.text(),
                    n.attempts() + 1);
            PluginHost.call(sender, s -> {
                s.send(message);
                return null;
            });
        } catch (PluginFailureException e) {
            failure = e;
        }
        Notification next;
        Delivery.Outcome outcome;
        if (failure == null) {
            next = n.sent(now);
            outcome = Delivery.Outcome.SENT;
        } else if (n.attempts() + 1 >= maxTries) {
            next = n.parked(String.valueOf(failure.text().en()));
            outcome = Delivery.Outcome.PARKED;
        } else {
            next = n.tried(allowedFrom(n.to(), now.plus(backOff(n.attempts() + 1))), failure.text().en());
            outcome = Delivery.Outcome.RETRY;
        }
        try {
            storage.inUnitOfWork(work -> work.repository(TYPE).save(next, claimed.version()));
        } catch (ConcurrentUpdateException lapsed) {
            // the claim lapsed and another caller took the message over; it decides
        }
        return new Delivery(n.id(), outcome, next.attempts(), next.nextAttempt(), failure);
    }

    /** The wait after a failed try: doubling from the first retry, capped. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /**
     * The first instant at or after {@code at} when a message may go to the recipient: at once
     * for staff; for a customer, outside quiet hours and within the hours they chose.
     *
     * @param to the recipient
     * @param at the earliest instant
     * @return the instant
     */
    public Instant allowedFrom(Recipient to, Instant at) {
        if (to.kind() == Recipient.Kind.STAFF) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ContactPreferences p = to.preferences();
        for (int day = 0; day < 3; day++) {
            LocalDate date = local.toLocalDate().plusDays(day);
            LocalTime from = p.callFrom() != null && p.callFrom().isAfter(quietUntil) ? p.callFrom() : quietUntil;
            LocalTime until = p.callUntil() != null && p.callUntil().isBefore(quietFrom) ? p.callUntil() : quietFrom;
            if (!from.isBefore(until)) {
                // the customer's hours lie wholly in our quiet hours: their choice wins
                from = p.callFrom();
                until = p.callUntil();
            }
            Instant open = ZonedDateTime.of(date, from, zone).toInstant();
            Instant close = ZonedDateTime.of(date, until, zone).toInstant();
            if (at.isBefore(close)) {
                return at.isAfter(open) ? at : open;
            }
        }
        return at;
    }

    /**
     * @param id a notification id
     * @return the notification, if queued
     */
    public Optional<Notification> find(NotificationId id) {
        return storage.repository(TYPE).find(id).map(Versioned::value);
    }

    /** @return the parked notifications, waiting for staff, by id */
    public List<Notification> parked() {
        return storage.repository(TYPE).findBy(PARKED, "parked").stream().map(Versioned::value).toList();
    }

    /**
     * Sends a parked notification again: it is pending at once with a fresh count of tries.
     *
     * @param id the notification
     * @return the notification
     * @throws org.aftersales.core.error.BusinessRuleException if it is not parked
     */
    public Notification retry(NotificationId id) {
        return storage.inUnitOfWork(work -> {
            Repository<NotificationId, Notification> repo = work.repository(TYPE);
            Versioned<Notification> current = repo.get(id);
            if (current.value().status() != Notification.Status.PARKED) {
                throw new org.aftersales.core.error.BusinessRuleException("notification.notParked",
                        NotificationMessages.MESSAGES.text("notification.notParked", id.value(),
                                current.value().status()), null);
            }
            Notification next = current.value().retried(clock.instant());
            repo.save(next, current.version());
            return next;
        });
    }

    /** Configures {@link Notifications}. Not thread-safe; one per service. */
    public static final class Builder {

        private Storage storage;
        private Clock clock;
        private Templates templates;
        private int maxTries = 5;
        private Duration firstRetry = Duration.ofMinutes(1);
        private Duration maxRetry = Duration.ofHours(1);
        private Duration lease = Duration.ofMinutes(5);
        private ZoneId zone = ZoneId.of("Asia/Shanghai");
        private LocalTime quietFrom = LocalTime.of(21, 0);
        private LocalTime quietUntil = LocalTime.of(8, 0);
        private final PluginHost.Builder<NotificationSender> senders =
                PluginHost.builder(NotificationSender.class).discovery(false);

        private Builder() {
        }

        /**
         * @param storage where the outbox is stored
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * @param clock the clock queuing times are read from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param templates the message templates
         * @return this builder
         */
        public Builder templates(Templates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /**
         * Registers senders, one per channel.
         *
         * @param sender the senders
         * @return this builder
         */
        public Builder sender(NotificationSender... sender) {
            senders.register(sender);
            return this;
        }

        /**
         * Also registers the senders found with {@link java.util.ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverSenders() {
            senders.discovery(true);
            return this;
        }

        /**
         * How many tries before a notification is parked; 5 by default.
         *
         * @param tries at least 1
         * @return this builder
         */
        public Builder maxTries(int tries) {
            this.maxTries = tries;
            return this;
        }

        /**
         * The back-off: the wait after the first failed try, doubled after each further one,
         * up to a cap; 1 minute and 1 hour by default.
         *
         * @param first the first wait
         * @param cap the longest wait
         * @return this builder
         */
        public Builder backOff(Duration first, Duration cap) {
            this.firstRetry = Objects.requireNonNull(first, "first");
            this.maxRetry = Objects.requireNonNull(cap, "cap");
            return this;
        }

        /**
         * How long a claimed notification waits for its outcome before another caller may try
         * it again; 5 minutes by default.
         *
         * @param claim the claim's length
         * @return this builder
         */
        public Builder claimFor(Duration claim) {
            this.lease = Objects.requireNonNull(claim, "claim");
            return this;
        }

        /**
         * Quiet hours for customer messages, in a zone; 21:00 to 08:00 in Asia/Shanghai by
         * default. They run over midnight: {@code from} is after {@code until}.
         *
         * @param zone the dealership's zone
         * @param from when quiet begins
         * @param until when it ends, the next morning
         * @return this builder
         */
        public Builder quietHours(ZoneId zone, LocalTime from, LocalTime until) {
            this.zone = Objects.requireNonNull(zone, "zone");
            this.quietFrom = Objects.requireNonNull(from, "from");
            this.quietUntil = Objects.requireNonNull(until, "until");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws org.aftersales.core.error.ValidationException listing every bad setting
         * @throws PluginFailureException if a sender cannot be loaded, or two share an id or a channel
         */
        public Notifications build() {
            Violations v = NotificationMessages.violations().required("storage", storage).required("clock", clock)
                    .required("templates", templates);
            if (maxTries < 1) {
                v.add("maxTries", "notification.setting", "maxTries", maxTries);
            }
            if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
                v.add("backOff", "notification.setting", "backOff", firstRetry + " .. " + maxRetry);
            }
            if (lease.isNegative() || lease.isZero()) {
                v.add("claimFor", "notification.setting", "claimFor", lease);
            }
            if (!quietFrom.isAfter(quietUntil)) {
                v.add("quietHours", "notification.setting", "quietHours", quietFrom + " .. " + quietUntil);
            }
            v.throwIfPresent();
            Map<Channel, NotificationSender> byChannel = new EnumMap<>(Channel.class);
            for (NotificationSender s : senders.build().plugins()) {
                Channel c = PluginHost.call(s, NotificationSender::channel);
                NotificationSender before = byChannel.putIfAbsent(c, s);
                if (before != null) {
                    throw PluginFailureException.duplicate(s.id() + " (channel " + c + ")", before.getClass(),
                            s.getClass());
                }
            }
            return new Notifications(this, Map.copyOf(byChannel));
        }
    }
}
