package org.aftersales.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.spi.NotificationSender;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** C12: the transactional outbox, its retries, parking and quiet hours, and the templates. */
class NotificationsTest {

    static final Templates TEMPLATES = Templates.fromJson("""
            {"templates": [{"code": "repair.ready", "placeholders": ["customer", "plate"],
              "en": "{customer}, your car {plate} is ready.", "zh": "{customer}您好，您的爱车{plate}已完工。"},
             {"code": "staff.arrived", "placeholders": ["customer"],
              "en": "{customer} has arrived.", "zh": "{customer}已到店。"}]}""");
    static final ContactPreferences SMS_ANY_TIME =
            new ContactPreferences(List.of(ContactPreferences.Channel.SMS), null, null, false);

    /** A sender that fails a set number of times, then accepts; it remembers what it accepted. */
    static final class FlakySender implements NotificationSender {
        final String id;
        final Channel channel;
        final AtomicInteger failuresLeft;
        final List<OutgoingMessage> tried = Collections.synchronizedList(new ArrayList<>());
        final Map<NotificationId, AtomicInteger> accepted = new ConcurrentHashMap<>();

        FlakySender(String id, Channel channel, int failures) {
            this.id = id;
            this.channel = channel;
            this.failuresLeft = new AtomicInteger(failures);
        }

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
            tried.add(message);
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("gateway timeout");
            }
            accepted.computeIfAbsent(message.key(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    final Storage storage = Storage.inMemory();

    Notifications outbox(String now, NotificationSender... senders) {
        return Notifications.builder().storage(storage).clock(Clock.fixed(at(now), ZoneOffset.UTC))
                .templates(TEMPLATES).sender(senders).maxTries(3).build();
    }

    static Notify ready(String key, ContactPreferences preferences) {
        return new Notify(NotificationId.of(key), "repair.ready",
                Recipient.customer(CustomerId.of("c-1"), "13812345678", preferences),
                Map.of("customer", "张先生", "plate", "粤B12345"));
    }

    @Test
    void C12_aSenderThatFailsTwiceThenSucceedsDeliversOnce() {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, 2);
        Notifications outbox = outbox("2026-11-23T10:00", sms);
        Notification queued = outbox.queue(ready("RO-1/ready", SMS_ANY_TIME));
        assertThat(queued.text()).isEqualTo("张先生您好，您的爱车粤B12345已完工。");

        List<Delivery> first = outbox.deliverPending(at("2026-11-23T10:00"));
        assertThat(first).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.RETRY);
            assertThat(d.failure().pluginId()).isEqualTo("acme-sms");
            assertThat(d.nextAttempt()).isEqualTo(at("2026-11-23T10:01"));
        });
        assertThat(outbox.deliverPending(at("2026-11-23T10:00:30"))).isEmpty();
        assertThat(outbox.deliverPending(at("2026-11-23T10:01"))).extracting(Delivery::outcome)
                .containsExactly(Delivery.Outcome.RETRY);
        assertThat(outbox.deliverPending(at("2026-11-23T10:02"))).isEmpty(); // back-off doubled to 2 minutes
        assertThat(outbox.deliverPending(at("2026-11-23T10:03"))).extracting(Delivery::outcome)
                .containsExactly(Delivery.Outcome.SENT);
        assertThat(outbox.deliverPending(at("2026-11-24T10:00"))).isEmpty();
        assertThat(sms.tried).extracting(OutgoingMessage::key, OutgoingMessage::attempt).containsExactly(
                tuple(queued.id(), 1), tuple(queued.id(), 2), tuple(queued.id(), 3));
        assertThat(sms.accepted).containsOnlyKeys(queued.id());
        assertThat(sms.accepted.get(queued.id())).hasValue(1);
        Notification sent = outbox.find(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(Notification.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        String json = org.aftersales.core.json.AftersalesJson.mapper().writeValueAsString(sent);
        assertThat(org.aftersales.core.json.AftersalesJson.read(json, Notification.class)).isEqualTo(sent);
    }

    @Test
    void C12_oneThatAlwaysFailsEndsParkedAfterTheSetTriesWhereStaffCanRetryIt() {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, Integer.MAX_VALUE);
        Notifications outbox = outbox("2026-11-23T10:00", sms);
        Notification queued = outbox.queue(ready("RO-1/ready", SMS_ANY_TIME));
        List<Delivery> all = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            all.addAll(outbox.deliverPending(at("2026-11-23T10:00").plusSeconds(60L * minute)));
        }
        assertThat(all).extracting(Delivery::outcome).containsExactly(
                Delivery.Outcome.RETRY, Delivery.Outcome.RETRY, Delivery.Outcome.PARKED);
        assertThat(outbox.parked()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(queued.id());
            assertThat(n.lastError()).contains("acme-sms", "gateway timeout");
        });
        sms.failuresLeft.set(0);
        outbox.retry(queued.id());
        assertThat(outbox.parked()).isEmpty();
        assertThat(outbox.deliverPending(at("2026-11-23T12:00"))).extracting(Delivery::outcome)
                .containsExactly(Delivery.Outcome.SENT);
    }

    @Test
    void C12_aRolledBackUnitOfWorkQueuesNothing() {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, 0);
        Notifications outbox = outbox("2026-11-23T10:00", sms);
        assertThatThrownBy(() -> storage.run(work -> {
            outbox.queue(work, ready("RO-1/ready", SMS_ANY_TIME));
            throw new IllegalStateException("the change was refused");
        })).hasMessageContaining("refused");
        assertThat(outbox.find(NotificationId.of("RO-1/ready"))).isEmpty();
        assertThat(outbox.deliverPending(at("2026-11-24T10:00"))).isEmpty();
        assertThat(sms.tried).isEmpty();
    }

    @Test
    void C12_quietHoursHoldACustomerMessageUntilMorning() {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, 0);
        FlakySender alerts = new FlakySender("intranet", Channel.STAFF_ALERT, 0);
        Notifications outbox = outbox("2026-11-23T22:30", sms, alerts);
        Notification night = outbox.queue(ready("RO-1/ready", SMS_ANY_TIME));
        assertThat(night.nextAttempt()).isEqualTo(at("2026-11-24T08:00"));
        Notification chosenHours = outbox.queue(ready("RO-2/ready",
                new ContactPreferences(List.of(ContactPreferences.Channel.SMS), LocalTime.of(10, 0), LocalTime.of(18, 0),
                        false)));
        assertThat(chosenHours.nextAttempt()).isEqualTo(at("2026-11-24T10:00"));
        Notification staff = outbox.queue(new Notify(NotificationId.of("RO-1/arrived"), "staff.arrived",
                Recipient.staff(StaffId.of("wang")), Map.of("customer", "张先生")));

        assertThat(outbox.deliverPending(at("2026-11-23T23:00"))).extracting(Delivery::id).containsExactly(staff.id());
        assertThat(outbox.deliverPending(at("2026-11-24T07:59"))).isEmpty();
        assertThat(outbox.deliverPending(at("2026-11-24T08:00"))).extracting(Delivery::id).containsExactly(night.id());
        assertThat(outbox.deliverPending(at("2026-11-24T10:00"))).extracting(Delivery::id)
                .containsExactly(chosenHours.id());
    }

    @Test
    void C12_theChannelComesFromTheCustomersPreferences() {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, 0);
        FlakySender wechat = new FlakySender("acme-wechat", Channel.WECHAT, 0);
        Notifications outbox = outbox("2026-11-23T10:00", sms, wechat);
        ContactPreferences phoneThenWechat = new ContactPreferences(
                List.of(ContactPreferences.Channel.PHONE, ContactPreferences.Channel.WECHAT), null, null, false);
        assertThat(outbox.queue(ready("RO-1/ready", phoneThenWechat)).channel()).isEqualTo(Channel.WECHAT);
        assertThat(outbox.queue(ready("RO-1/ready", SMS_ANY_TIME)).channel())
                .as("the same key queues one message").isEqualTo(Channel.WECHAT);
        ContactPreferences phoneOnly = new ContactPreferences(List.of(ContactPreferences.Channel.PHONE), null, null,
                false);
        assertThatThrownBy(() -> outbox.queue(ready("RO-2/ready", phoneOnly)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("notification.noSender"));
    }

    @Test
    void C12_aBadCommandListsEveryProblem() {
        Notifications outbox = outbox("2026-11-23T10:00", new FlakySender("acme-sms", Channel.SMS, 0));
        assertThatThrownBy(() -> outbox.queue(new Notify(NotificationId.of("x"), "repair.ready",
                        Recipient.customer(CustomerId.of("c-1"), "1", SMS_ANY_TIME), Map.of("plate", "粤B12345"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("values.customer", "notification.missingValue")));
        assertThatThrownBy(() -> outbox.queue(new Notify(null, "no.such", null, Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("required", "required", "notification.unknownMessage"));
        assertThat(outbox.deliverPending(at("2026-11-24T10:00"))).isEmpty();
    }

    @Test
    void C12_templatesAreRefusedAtLoadWithEveryProblem() {
        assertThatThrownBy(() -> Templates.fromJson("""
                {"templates": [
                  {"code": "a", "placeholders": ["customer"], "en": "Hi {custmer}", "zh": "{customer}您好 {time}"},
                  {"code": "b", "placeholders": [], "en": "Only English"},
                  {"code": "a", "placeholders": [], "en": "x", "zh": "x"}]}"""))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                            tuple("templates[0].en", "notification.placeholder"),
                            tuple("templates[0].zh", "notification.placeholder"),
                            tuple("templates[1].zh", "notification.language"),
                            tuple("templates[2].code", "notification.duplicate"));
                    assertThat(e.violations().get(0).message().en()).contains("{custmer}");
                    assertThat(e.violations().get(0).message().zh()).contains("{custmer}");
                });
    }

    @Test
    void C12_standardPhrasesShipAsReplaceableData() {
        Templates shipped = Templates.standardPhrases();
        assertThat(shipped.codes()).containsExactly(
                "phrase.greeting", "phrase.apology-wait", "phrase.farewell", "phrase.answer-phone");
        Templates mine = shipped.with(Templates.fromJson("""
                {"templates": [{"code": "phrase.farewell", "placeholders": [],
                  "en": "Goodbye from all of us.", "zh": "全体员工祝您一路顺风。"}]}"""));
        assertThat(mine.find("phrase.farewell").orElseThrow().zh()).isEqualTo("全体员工祝您一路顺风。");
        assertThat(mine.find("phrase.greeting")).isEqualTo(shipped.find("phrase.greeting"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void C12_twoCallersSendEachMessageOnce() throws Exception {
        FlakySender sms = new FlakySender("acme-sms", Channel.SMS, 0);
        Notifications a = outbox("2026-11-23T10:00", sms);
        Notifications b = outbox("2026-11-23T10:00", sms);
        for (int i = 0; i < 300; i++) {
            a.queue(ready("RO-" + i + "/ready", SMS_ANY_TIME));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Delivery>>> futures = new ArrayList<>();
            for (Notifications n : List.of(a, b)) {
                futures.add(pool.submit(() -> n.deliverPending(at("2026-11-23T10:05"))));
            }
            int delivered = 0;
            for (Future<List<Delivery>> f : futures) {
                delivered += f.get(30, TimeUnit.SECONDS).size();
            }
            assertThat(delivered).isEqualTo(300);
            assertThat(sms.accepted).hasSize(300).allSatisfy((key, count) -> assertThat(count).hasValue(1));
        } finally {
            pool.shutdownNow();
        }
    }
}
