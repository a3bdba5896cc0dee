package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.calendar.Festival;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notification;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.party.ContactPreferences;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Vehicle;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import org.aftersales.serviceflow.solicitation.Campaign;
import org.aftersales.serviceflow.solicitation.CampaignEvaluation;
import org.aftersales.serviceflow.solicitation.CampaignId;
import org.aftersales.serviceflow.solicitation.Invitation;
import org.aftersales.serviceflow.solicitation.InvitationId;
import org.aftersales.serviceflow.solicitation.NextVisit;
import org.aftersales.serviceflow.solicitation.Solicitation;
import org.aftersales.serviceflow.solicitation.SolicitationCommands;
import org.aftersales.serviceflow.solicitation.SolicitationEvent;
import org.aftersales.serviceflow.solicitation.SolicitationEvents;
import org.junit.jupiter.api.Test;

/** Solicitation (F14) on a fixed clock and the bundled China calendar. */
class SolicitationTest {

    static final ContactPreferences SMS = new ContactPreferences(List.of(ContactPreferences.Channel.SMS), null, null,
            false);
    static final ContactPreferences NO_MARKETING = new ContactPreferences(List.of(ContactPreferences.Channel.SMS),
            null, null, true);

    final World w = new World(b -> { });
    final Notifications outbox = Notifications.builder().storage(w.storage).clock(w.clock)
            .templates(Templates.standardPhrases().with(ServiceDesk.templates()).with(Solicitation.templates()))
            .sender(w.sms, w.alerts).build();

    Solicitation solicitation(int kmPerDay) {
        return Solicitation.builder().storage(w.storage).clock(w.clock).calendar(w.calendar).notifications(outbox)
                .dealership("Riverside Motors").kmPerDay(kmPerDay).build();
    }

    static Customer customer(String id, String name, ContactPreferences prefs, MonthDay birthday) {
        return new Customer(CustomerId.of(id), Customer.Kind.INDIVIDUAL, name, PhoneNumber.parse("13812345678"), prefs,
                null, birthday, List.of(), null, Customer.Origin.WALK_IN, List.of());
    }

    static Vehicle car(String id, String owner, LocalDate bought) {
        return new Vehicle(VehicleId.of(id), Vin.parse("LSVAA4182E2101238"), LicencePlate.parse("京A12345"), "Sedan X",
                bought, CustomerId.of(owner), List.of());
    }

    static SolicitationCommands.FileCustomer file(Customer c, Vehicle... cars) {
        return new SolicitationCommands.FileCustomer(c, List.of(cars), WANG);
    }

    /** A car of zhang received at a reading, walked to delivery on the clock's day. */
    RepairOrderId deliverAt(String vehicle, long km) {
        RepairOrderId ro = RepairOrderId.of(w.desk.checkIn(walkIn(zhang(), vehicle, km, "Oil change")).get(0).subject());
        Walk.toReady(w.desk, ro, Walk.oilChange());
        Walk.settle(w.desk, ro, w.order(ro).settlement().total());
        w.desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        return ro;
    }

    @Test
    void F14_invitationsFallDueByDateOrByMileageWhicheverComesFirst() {
        Solicitation s = solicitation(10);
        // car A: one visit on 2026-12-01 at 1,000 km; next service 2027-06-01 or 6,000 km; 10 km a day
        // reaches 6,000 km after 500 days, so the date comes first
        deliverAt("v-a", 1_000);
        // car B: visits on 2026-12-01 (2,000 km) and 2026-12-21 (4,000 km): 100 km a day; next service
        // 2027-06-21 or 9,000 km, reached 50 days after 2026-12-21, on 2027-02-09
        deliverAt("v-b", 2_000);
        w.clock.now = at("2026-12-21T09:00:00");
        deliverAt("v-b", 4_000);
        s.fileCustomer(file(customer("c-zhang", "Zhang San", SMS, null), car("v-a", "c-zhang", null),
                car("v-b", "c-zhang", null)));

        assertThat(s.nextVisits(LocalDate.of(2027, 1, 25))).isEmpty();
        assertThat(s.nextVisits(LocalDate.of(2027, 1, 26))).containsExactly(new NextVisit(VehicleId.of("v-b"),
                CustomerId.of("c-zhang"), "京B54321", LocalDate.of(2027, 2, 9), NextVisit.Reason.MILEAGE, 100));
        assertThat(s.nextVisits(LocalDate.of(2027, 5, 17))).extracting(NextVisit::vehicle)
                .containsExactly(VehicleId.of("v-b"));
        assertThat(s.nextVisits(LocalDate.of(2027, 5, 18))).containsExactly(
                new NextVisit(VehicleId.of("v-b"), CustomerId.of("c-zhang"), "京B54321", LocalDate.of(2027, 2, 9),
                        NextVisit.Reason.MILEAGE, 100),
                new NextVisit(VehicleId.of("v-a"), CustomerId.of("c-zhang"), "京B54321", LocalDate.of(2027, 6, 1),
                        NextVisit.Reason.DATE, 10));
        // with the default 40 km a day, car A's 5,000 km come after 125 days, before the date
        // (one service per storage subscribes its read model: the first gives way)
        w.storage.events().unsubscribe(org.aftersales.serviceflow.solicitation.ServiceDue.ID);
        Solicitation defaults = Solicitation.builder().storage(w.storage).clock(w.clock).calendar(w.calendar)
                .notifications(outbox).build();
        assertThat(defaults.nextVisits(LocalDate.of(2027, 5, 18))).filteredOn(v -> v.vehicle().value().equals("v-a"))
                .extracting(NextVisit::reason, NextVisit::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NextVisit.Reason.MILEAGE, LocalDate.of(2027, 4, 5)));

        // sending: one invitation per car and next-service date, once; the read model rebuilt is the same
        w.storage.events().unsubscribe(org.aftersales.serviceflow.solicitation.ServiceDue.ID);
        w.storage.events().subscribe(s.serviceDue());
        List<SolicitationEvent> sent = s.sendNextVisitInvitations(
                new SolicitationCommands.SendNextVisitInvitations(LocalDate.of(2027, 1, 26), WANG));
        assertThat(sent).extracting(SolicitationEvent::type).containsExactly(SolicitationEvents.INVITED);
        assertThat(sent.get(0).details()).containsEntry("reason", "MILEAGE").containsEntry("vehicle", "v-b");
        assertThat(s.sendNextVisitInvitations(new SolicitationCommands.SendNextVisitInvitations(
                LocalDate.of(2027, 1, 27), WANG))).isEmpty();
        Notification n = outbox.find(Solicitation.notificationOf(
                s.invitation(InvitationId.of(sent.get(0).subject())).orElseThrow())).orElseThrow();
        assertThat(n.message()).isEqualTo(Solicitation.NEXT_VISIT);
        assertThat(n.text()).contains("京B54321").contains("2027-02-09");
        List<org.aftersales.serviceflow.solicitation.ServiceDue.Car> live = s.serviceDue().cars();
        s.serviceDue().rebuild(w.storage.events());
        assertThat(s.serviceDue().cars()).isEqualTo(live);
    }

    @Test
    void F14_aCampaignIsEvaluatedAgainstAHandCount() {
        Solicitation s = solicitation(40);
        for (int i = 1; i <= 5; i++) {
            s.fileCustomer(file(customer("c" + i, "Customer " + i, i == 5 ? NO_MARKETING : SMS, null)));
        }
        s.startCampaign(new SolicitationCommands.StartCampaign("winter-check", Campaign.Kind.SERVICE_EVENT,
                "Winter check", "冬季免费检测", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WANG));
        List<CustomerId> all = List.of(CustomerId.of("c1"), CustomerId.of("c2"), CustomerId.of("c3"),
                CustomerId.of("c4"), CustomerId.of("c5"));
        List<SolicitationEvent> invited = s.inviteToCampaign(new SolicitationCommands.InviteToCampaign(
                CampaignId.of("winter-check"), all, WANG));
        // c5 refuses marketing: four invitations, and asking again sends none
        assertThat(invited).hasSize(4);
        assertThat(s.inviteToCampaign(new SolicitationCommands.InviteToCampaign(CampaignId.of("winter-check"), all,
                WANG))).isEmpty();
        Map<String, InvitationId> byCustomer = new LinkedHashMap<>();
        invited.forEach(e -> byCustomer.put(e.details().get("customer"), InvitationId.of(e.subject())));

        // c1 books and comes; c2 books only; c3 declines; c4 does not answer
        AppointmentId a1 = AppointmentId.of(w.desk.book(booking("2026-12-02T10:00:00", "1")).get(0).subject());
        AppointmentId a2 = AppointmentId.of(w.desk.book(booking("2026-12-03T10:00:00", "1")).get(0).subject());
        s.recordBooking(new SolicitationCommands.RecordBooking(byCustomer.get("c1"), a1, WANG));
        s.recordBooking(new SolicitationCommands.RecordBooking(byCustomer.get("c2"), a2, WANG));
        s.recordDecline(new SolicitationCommands.RecordDecline(byCustomer.get("c3"), "price", "too dear this month",
                WANG));
        RepairOrderId visit = Walk.newWalkIn(w.desk);
        Walk.toReady(w.desk, visit, Walk.oilChange());
        // a visit is recorded once the order is paid
        assertThat(catchThrowableOfType(BusinessRuleException.class, () -> s.recordVisit(
                new SolicitationCommands.RecordVisit(byCustomer.get("c1"), visit, WANG))).rule())
                .isEqualTo("invitation.not-settled");
        Money paid = w.order(visit).settlement().total();
        Walk.settle(w.desk, visit, paid);
        s.recordVisit(new SolicitationCommands.RecordVisit(byCustomer.get("c1"), visit, WANG));

        CampaignEvaluation e = s.evaluate(CampaignId.of("winter-check"));
        assertThat(e).isEqualTo(new CampaignEvaluation(CampaignId.of("winter-check"), 4, 2, 1, 0, 1, paid,
                Map.of("price", 1L)));
        assertThat(s.invitation(byCustomer.get("c1")).orElseThrow().status()).isEqualTo(Invitation.Status.CAME);
        assertThat(outbox.find(Solicitation.notificationOf(s.invitation(byCustomer.get("c2")).orElseThrow()))
                .orElseThrow().text()).contains("冬季免费检测");
    }

    @Test
    void F14_aLoyaltyCardPromotionInvitesCustomersWithoutACardAndCountsThoseWhoJoin() {
        Solicitation s = solicitation(40);
        s.fileCustomer(file(customer("c1", "One", SMS, null)));
        s.fileCustomer(file(customer("c2", "Two", SMS, null).joinLoyalty("VIP-0002")));
        s.fileCustomer(file(customer("c3", "Three", NO_MARKETING, null)));
        s.startCampaign(new SolicitationCommands.StartCampaign("card-2026", Campaign.Kind.LOYALTY_CARD,
                "Loyalty card", "会员卡", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WANG));
        List<SolicitationEvent> invited = s.promoteLoyaltyCard(
                new SolicitationCommands.PromoteLoyaltyCard(CampaignId.of("card-2026"), WANG));
        assertThat(invited).extracting(e -> e.details().get("customer")).containsExactly("c1");
        s.joinLoyalty(new SolicitationCommands.JoinLoyalty(InvitationId.of(invited.get(0).subject()), "VIP-0001", WANG));
        assertThat(s.file(CustomerId.of("c1")).orElseThrow().customer().loyaltyCard()).isEqualTo("VIP-0001");
        assertThat(s.evaluate(CampaignId.of("card-2026")).joined()).isEqualTo(1);
    }

    @Test
    void F14_declinedInvitationsKeepTheirReasonsAndTheReasonsAreCounted() {
        Solicitation s = solicitation(40);
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            s.fileCustomer(file(customer("c" + i, "Customer " + i, SMS, null)));
            ids.add(CustomerId.of("c" + i));
        }
        s.startCampaign(new SolicitationCommands.StartCampaign("recall-17", Campaign.Kind.RECALL, "Brake hose recall",
                "制动软管召回", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WANG));
        List<SolicitationEvent> invited = s.inviteToCampaign(
                new SolicitationCommands.InviteToCampaign(CampaignId.of("recall-17"), ids, WANG));
        String[] reasons = {"no-time", "price", "no-time", "car-sold", "no-time"};
        for (int i = 0; i < reasons.length; i++) {
            s.recordDecline(new SolicitationCommands.RecordDecline(InvitationId.of(invited.get(i).subject()),
                    reasons[i], null, WANG));
            w.clock.advance(java.time.Duration.ofHours(1));
        }
        Invitation first = s.invitation(InvitationId.of(invited.get(0).subject())).orElseThrow();
        assertThat(first.declineReason()).isEqualTo("no-time");
        Map<String, Long> counted = s.declinedReasons(at("2026-12-01T00:00:00"), at("2027-01-01T00:00:00"));
        assertThat(counted).containsEntry("no-time", 3L).containsEntry("price", 1L).containsEntry("car-sold", 1L)
                .containsEntry("moved-away", 0L);
        assertThat(counted.keySet()).containsExactlyElementsOf(s.declineReasons().codes());
        assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
        // only those declined in the period
        assertThat(s.declinedReasons(at("2026-12-01T11:30:00"), at("2027-01-01T00:00:00")))
                .containsEntry("no-time", 1L).containsEntry("car-sold", 1L).containsEntry("price", 0L);
        // a reason outside the vocabulary is refused, in both languages
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> s.recordDecline(
                new SolicitationCommands.RecordDecline(InvitationId.of(invited.get(5).subject()), "weather", null,
                        WANG)));
        assertThat(e.violations()).extracting(Violation::code).containsExactly("decline.reason");
        assertThat(e.violations().get(0).message().zh()).contains("weather");
    }

    @Test
    void F14_greetingsOnAFestivalABirthdayAndAPurchaseAnniversaryAreQueuedOnceOutsideQuietHours() {
        Solicitation s = solicitation(40);
        assertThat(w.calendar.festival(LocalDate.of(2026, 9, 25))).contains(Festival.MID_AUTUMN);
        w.clock.now = at("2026-09-25T07:00:00");
        s.fileCustomer(file(customer("c1", "Zhang San", SMS, MonthDay.of(9, 25))));
        s.fileCustomer(file(customer("c2", "Li Si", SMS, MonthDay.of(3, 1)), car("v-2", "c2", LocalDate.of(2023, 9, 25))));
        s.fileCustomer(file(customer("c3", "Wang Wu", NO_MARKETING, MonthDay.of(9, 25))));

        List<SolicitationEvent> queued = s.queueGreetings(
                new SolicitationCommands.QueueGreetings(LocalDate.of(2026, 9, 25), WANG));
        // hand count: the festival to c1 and c2, c1's birthday, c2's car bought three years ago; c3 refuses
        assertThat(queued).extracting(e -> e.details().get("kind") + "/" + e.subject()).containsExactlyInAnyOrder(
                "festival-MID_AUTUMN/c1", "birthday/c1", "festival-MID_AUTUMN/c2", "purchase/v-2");
        assertThat(s.queueGreetings(new SolicitationCommands.QueueGreetings(LocalDate.of(2026, 9, 25), WANG)))
                .isEmpty();
        List<Notification> pending = w.storage.repository(Notifications.TYPE).findRange(Notifications.BY_NEXT_ATTEMPT,
                null, Instant.MAX).stream().map(v -> v.value()).toList();
        assertThat(pending).hasSize(4).allSatisfy(n -> assertThat(n.nextAttempt()).isEqualTo(at("2026-09-25T08:00:00")));
        assertThat(pending).extracting(Notification::text).anySatisfy(t -> assertThat(t).contains("中秋节"))
                .anySatisfy(t -> assertThat(t).contains("第3年"));

        assertThat(outbox.deliverPending(at("2026-09-25T07:30:00"))).isEmpty();
        w.clock.now = at("2026-09-25T08:00:00");
        assertThat(outbox.deliverPending(at("2026-09-25T08:00:00"))).extracting(Delivery::outcome)
                .containsOnly(Delivery.Outcome.SENT).hasSize(4);
        assertThat(w.sms.sent).hasSize(4);
        // later the same day, nothing is queued or sent twice
        w.clock.now = at("2026-09-25T15:00:00");
        assertThat(s.queueGreetings(new SolicitationCommands.QueueGreetings(LocalDate.of(2026, 9, 25), WANG)))
                .isEmpty();
        assertThat(outbox.deliverPending(at("2026-09-25T15:00:00"))).isEmpty();
        assertThat(w.sms.sent).hasSize(4);
    }

    @Test
    void F14_badInputListsEveryViolationInBothLanguagesAndStoresNothing() {
        Solicitation s = solicitation(40);
        long log = w.logSize();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> s.startCampaign(
                new SolicitationCommands.StartCampaign("Bad Code!", null, " ", "", LocalDate.of(2026, 12, 10),
                        LocalDate.of(2026, 12, 1), null)));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("code", "kind", "title", "titleZh", "until", "by");
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message().en()).isNotBlank();
            assertThat(v.message().zh()).isNotBlank().isNotEqualTo(v.message().en());
        });
        ValidationException owner = catchThrowableOfType(ValidationException.class, () -> s.fileCustomer(
                file(customer("c1", "One", SMS, null), car("v-1", "c1", null), car("v-2", "c9", null))));
        assertThat(owner.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vehicles[1].owner", "file.owner"));
        ValidationException unknown = catchThrowableOfType(ValidationException.class, () -> s.inviteToCampaign(
                new SolicitationCommands.InviteToCampaign(null, List.of(), null)));
        assertThat(unknown.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("campaign", "customers", "by");
        assertThat(w.logSize()).isEqualTo(log);
        assertThat(s.file(CustomerId.of("c1"))).isEmpty();
        assertThat(s.campaign(CampaignId.of("bad-code"))).isEmpty();
    }

    @Test
    void C10_filesCampaignsInvitationsAndTheirEventsRoundTripThroughJson() {
        Solicitation s = solicitation(40);
        s.fileCustomer(file(customer("c1", "One", SMS, MonthDay.of(2, 29)), car("v-1", "c1", LocalDate.of(2020, 2, 29))));
        s.startCampaign(new SolicitationCommands.StartCampaign("upgrade-1", Campaign.Kind.UPGRADE, "Map update",
                "地图升级", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WANG));
        InvitationId id = InvitationId.of(s.inviteToCampaign(new SolicitationCommands.InviteToCampaign(
                CampaignId.of("upgrade-1"), List.of(CustomerId.of("c1")), WANG)).get(0).subject());
        s.recordDecline(new SolicitationCommands.RecordDecline(id, "not-needed", "maybe in spring", WANG));
        var file = s.file(CustomerId.of("c1")).orElseThrow();
        assertThat(JsonTest.roundTrip(file, org.aftersales.serviceflow.solicitation.CustomerFile.class)).isEqualTo(file);
        Campaign campaign = s.campaign(CampaignId.of("upgrade-1")).orElseThrow();
        assertThat(JsonTest.roundTrip(campaign, Campaign.class)).isEqualTo(campaign);
        Invitation invitation = s.invitation(id).orElseThrow();
        assertThat(JsonTest.roundTrip(invitation, Invitation.class)).isEqualTo(invitation);
        for (var stored : w.storage.events().since(0, 1000)) {
            if (stored.event() instanceof SolicitationEvent e) {
                assertThat(JsonTest.roundTrip(e, SolicitationEvent.class)).isEqualTo(e);
                assertThat(SolicitationEvents.ALL).contains(e.type());
            }
        }
        // a 29 February date is greeted on 28 February in other years
        w.clock.now = at("2027-02-28T10:00:00");
        assertThat(s.queueGreetings(new SolicitationCommands.QueueGreetings(LocalDate.of(2026, 2, 28), WANG)))
                .extracting(e -> e.details().get("kind")).containsExactlyInAnyOrder("birthday", "purchase");
    }

    /** Repeated: the race it guards against (a key read twice in one unit of work) showed once in a few hundred runs. */
    @org.junit.jupiter.api.RepeatedTest(25)
    @org.junit.jupiter.api.Timeout(30)
    void F14_greetingsQueuedFromTwoPlacesAtOnceAreStillQueuedOnce() throws Exception {
        Solicitation s = solicitation(40);
        w.clock.now = at("2026-06-19T10:00:00"); // Dragon Boat Festival
        for (int i = 1; i <= 20; i++) {
            s.fileCustomer(file(customer("c" + i, "Customer " + i, SMS, MonthDay.of(6, 19))));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    try {
                        return s.queueGreetings(new SolicitationCommands.QueueGreetings(LocalDate.of(2026, 6, 19),
                                WANG)).size();
                    } catch (org.aftersales.core.error.ConcurrentUpdateException lost) {
                        return 0; // another run queued first; nothing of this one was stored
                    }
                }));
            }
            int total = 0;
            for (var f : runs) {
                total += f.get();
            }
            assertThat(total).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(w.storage.repository(Notifications.TYPE).findRange(Notifications.BY_NEXT_ATTEMPT, null,
                Instant.MAX)).hasSize(40);
        assertThat(w.storage.events().since(0, 10_000)).filteredOn(e -> e.event().type()
                .equals(SolicitationEvents.GREETING_QUEUED)).hasSize(40);
    }

    /** Campaign invitations sent from eight places at once reach each customer once, in 25 rounds. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void F14_aCampaignInvitedFromEightPlacesAtOnceInvitesEachCustomerOnce() throws Exception {
        Solicitation s = solicitation(40);
        List<CustomerId> all = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            s.fileCustomer(file(customer("c" + i, "Customer " + i, SMS, null)));
            all.add(CustomerId.of("c" + i));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 1; round <= 25; round++) {
                CampaignId campaign = CampaignId.of("check-" + round);
                s.startCampaign(new SolicitationCommands.StartCampaign(campaign.value(), Campaign.Kind.SERVICE_EVENT,
                        "Check " + round, "检测 " + round, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), WANG));
                List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(pool.submit(() -> {
                        try {
                            return s.inviteToCampaign(new SolicitationCommands.InviteToCampaign(campaign, all, WANG))
                                    .size();
                        } catch (org.aftersales.core.error.ConcurrentUpdateException lost) {
                            return 0; // another run invited first; nothing of this one was stored
                        }
                    }));
                }
                int total = 0;
                for (var f : runs) {
                    total += f.get();
                }
                assertThat(total).as("round %d: invitations reported", round).isEqualTo(20);
                assertThat(s.evaluate(campaign).invited()).as("round %d: invitations stored", round).isEqualTo(20);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static org.aftersales.core.store.StoredEvent delivered(long position, String order, String day, long km) {
        var ctx = org.aftersales.core.event.EventContext.of(java.time.Clock.fixed(at(day + "T16:00:00"), ZONE));
        return new org.aftersales.core.store.StoredEvent(position, new ServiceEvent(ServiceEvents.DELIVERED,
                ctx.metadata(org.aftersales.core.event.Actor.staff(WANG),
                        org.aftersales.core.id.CorrelationId.of(order)), order, RepairOrderStatus.DELIVERED,
                Map.of("vehicle", "v-1", "customer", "c1", "plate", "京A12345", "mileage-km", String.valueOf(km),
                        "next-service-date", LocalDate.parse(day).plusMonths(6).toString(),
                        "next-service-km", String.valueOf(km + 5_000))));
    }

    @Test
    void F14_aRedeliveryAfterReworkIsNoNewVisitForTheDrivingEstimate() {
        Solicitation s = solicitation(40);
        var due = s.serviceDue();
        due.committed(List.of(delivered(1, "RO-1", "2026-10-01", 10_000)));
        due.committed(List.of(delivered(2, "RO-2", "2026-12-01", 16_000))); // 100 km a day
        due.committed(List.of(delivered(3, "RO-2", "2026-12-05", 16_100))); // RO-2 again, after rework
        var car = due.cars().get(0);
        assertThat(car.previousVisit()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(car.previousKm()).isEqualTo(10_000L);
        assertThat(car.lastVisit()).isEqualTo(LocalDate.of(2026, 12, 5));
        // (16,100 - 10,000) km over the 65 days since the visit before: 94 km a day, so the 5,000 km to
        // 21,100 km take 54 days from 2026-12-05
        assertThat(s.nextVisits(LocalDate.of(2027, 1, 30))).extracting(NextVisit::kmPerDay, NextVisit::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(94L, LocalDate.of(2027, 1, 28)));
    }
}
