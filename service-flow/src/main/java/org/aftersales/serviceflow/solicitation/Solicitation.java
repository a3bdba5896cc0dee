package org.aftersales.serviceflow.solicitation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.calendar.Festival;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Language;
import org.aftersales.core.notification.MessageTemplate;
import org.aftersales.core.notification.NotificationId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Notify;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.Templates;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Vehicle;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.validation.BoundaryValidator;
import org.aftersales.core.value.Money;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Vocabulary;

/**
 * Solicitation (F14): the application service that brings customers back, built like
 * {@link ServiceDesk} on the same storage.
 *
 * <pre>{@code
 * Notifications outbox = ...;   // built with Templates.standardPhrases().with(Solicitation.templates())
 * Solicitation solicitation = Solicitation.builder()
 *         .storage(storage).clock(clock).calendar(calendar).notifications(outbox)
 *         .dealership("Riverside Motors").build();     // subscribes its ServiceDue read model
 * solicitation.fileCustomer(new SolicitationCommands.FileCustomer(customer, List.of(car), advisor));
 * solicitation.sendNextVisitInvitations(new SolicitationCommands.SendNextVisitInvitations(today, advisor));
 * solicitation.queueGreetings(new SolicitationCommands.QueueGreetings(today, advisor));
 * }</pre>
 *
 * <p><b>Guarantees.</b> Every command is checked whole first (a {@link ValidationException}
 * listing every violation in English and Chinese; nothing stored), then runs as one unit of work:
 * the invitations, files and campaigns it changes, the messages it queues in the outbox and the
 * events it publishes ({@link SolicitationEvents}) are stored together or not at all. Each
 * message has an idempotency key made from what it is for (an invitation's number; a greeting's
 * kind, year and customer or car), so a greeting is never queued twice, and the outbox holds
 * customer messages through its quiet hours.
 *
 * <p><b>Next-visit rule</b> (our defaults; the sources say only "by date or mileage, whichever
 * comes first"). The last delivery of each car gives its next-service date and mileage
 * ({@code repair-order.delivered}, read by {@link ServiceDue}). The car is driven
 * the kilometres a day of its last two visits (reading difference over days between), or
 * {@link Builder#kmPerDay 40 km a day} when it has one visit; the mileage falls due on the day
 * the projection reaches the next-service mileage. The car is due on the earlier of that day and
 * the next-service date, and is invited {@link Builder#lead 14 days} before it, once per
 * next-service date. Only cars whose owner has a file are invited (the file holds the contact).
 *
 * <p><b>Who is told what</b> (our defaults): next-visit invitations go to every filed owner, as
 * a service reminder; campaign invitations, loyalty-card promotions and greetings only to
 * customers who welcome marketing ({@code ContactPreferences.noMarketing} false). A birthday or
 * purchase date of 29 February is greeted on 28 February in other years. Festivals are those the
 * business calendar carries for the day's year (the shipped China calendar has the Spring, Lantern,
 * Dragon Boat and Mid-Autumn festivals). Thread-safe; no thread of its own.
 */
public final class Solicitation {

    /** Every customer file, under one key. */
    public static final Index<CustomerFile, String> ALL_FILES = Index.exact("all", f -> "all");
    /** Customer files. */
    public static final AggregateType<CustomerId, CustomerFile> FILES =
            AggregateType.of("solicitation-file", CustomerId.class, CustomerFile.class).withIndex(ALL_FILES);
    /** Campaigns. */
    public static final AggregateType<CampaignId, Campaign> CAMPAIGNS =
            AggregateType.of("campaign", CampaignId.class, Campaign.class);
    /** Invitations by what they invite to: one per key. */
    public static final Index<Invitation, String> BY_KEY = Index.exact("key", Invitation::key);
    /** Invitations by campaign. */
    public static final Index<Invitation, String> BY_CAMPAIGN =
            Index.exact("campaign", i -> i.campaign() == null ? null : i.campaign().value());
    /** Declined invitations, under one key. */
    public static final Index<Invitation, String> DECLINED = Index.exact("declined",
            i -> i.status() == Invitation.Status.DECLINED ? "declined" : null);
    /** Invitations. */
    public static final AggregateType<InvitationId, Invitation> INVITATIONS =
            AggregateType.of("invitation", InvitationId.class, Invitation.class)
                    .withIndex(BY_KEY).withIndex(BY_CAMPAIGN).withIndex(DECLINED);
    /** Invitation numbers: {@code IV-2026-000001}. */
    public static final SequenceFormat INVITATION_NUMBERS = SequenceFormat.yearly("invitation", "IV", 6);

    /** Message: the next-visit invitation. */
    public static final String NEXT_VISIT = "solicitation.next-visit";
    /** Message: a campaign invitation. */
    public static final String CAMPAIGN = "solicitation.campaign";
    /** Message: the loyalty-card promotion. */
    public static final String LOYALTY_CARD = "solicitation.loyalty-card";
    /** Message: a festival greeting. */
    public static final String FESTIVAL = "solicitation.festival";
    /** Message: a birthday greeting. */
    public static final String BIRTHDAY = "solicitation.birthday";
    /** Message: a purchase-anniversary greeting. */
    public static final String PURCHASE_ANNIVERSARY = "solicitation.purchase-anniversary";

    private final Storage storage;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final Notifications notifications;
    private final Vocabulary declineReasons;
    private final int lead;
    private final long kmPerDay;
    private final String dealership;
    private final EventContext events;
    private final BoundaryValidator validator;
    private final ServiceDue due;

    private Solicitation(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.calendar = b.calendar;
        this.zone = b.calendar.zone();
        this.notifications = b.notifications;
        this.declineReasons = b.declineReasons;
        this.lead = b.lead;
        this.kmPerDay = b.kmPerDay;
        this.dealership = b.dealership;
        this.events = EventContext.of(b.clock);
        this.validator = BoundaryValidator.create(SolicitationMessages.MESSAGES);
        this.due = new ServiceDue(zone);
    }

    /** @return a builder; storage, clock, calendar and notifications are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The reasons a customer may give for declining that ship with the library (our list: no
     * time, price, serviced elsewhere, not needed yet, car sold, moved away, unhappy with the
     * last visit, too far, other); replace them with {@link Builder#declineReasons}.
     *
     * @return the reasons
     */
    public static Vocabulary standardDeclineReasons() {
        return Vocabulary.bundled(Solicitation.class, "decline-reasons.json");
    }

    /**
     * The message templates solicitation queues, in English and Chinese (our wording); give them
     * to the {@link Notifications} builder, e.g.
     * {@code Templates.standardPhrases().with(Solicitation.templates())}.
     *
     * @return the templates
     */
    public static Templates templates() {
        return Templates.of(List.of(
                new MessageTemplate(NEXT_VISIT, List.of("customer", "plate", "due"),
                        "Dear {customer}, {plate} is due for its next service around {due}. Reply or call us to book"
                                + " a time that suits you.",
                        "{customer}您好，您的爱车{plate}预计在{due}前后需要下次保养，欢迎回复或来电预约方便的时间。"),
                new MessageTemplate(CAMPAIGN, List.of("customer", "campaign", "from", "until"),
                        "Dear {customer}, you are invited to {campaign}, from {from} to {until}.",
                        "{customer}您好，诚邀您参加{campaign}，活动时间{from}至{until}。"),
                new MessageTemplate(LOYALTY_CARD, List.of("customer", "campaign", "dealership"),
                        "Dear {customer}, join the {dealership} loyalty card ({campaign}) and enjoy member prices.",
                        "{customer}您好，欢迎办理{dealership}会员卡（{campaign}），享受会员优惠。"),
                new MessageTemplate(FESTIVAL, List.of("customer", "festival", "dealership"),
                        "Dear {customer}, {dealership} wishes you and your family a happy {festival}.",
                        "{customer}您好，{dealership}祝您和家人{festival}快乐！"),
                new MessageTemplate(BIRTHDAY, List.of("customer", "dealership"),
                        "Dear {customer}, happy birthday from all of us at {dealership}.",
                        "{customer}您好，{dealership}全体员工祝您生日快乐！"),
                new MessageTemplate(PURCHASE_ANNIVERSARY, List.of("customer", "plate", "years", "dealership"),
                        "Dear {customer}, {plate} has been with you {years} year(s) today. Thank you for trusting"
                                + " {dealership}.",
                        "{customer}您好，今天是您的爱车{plate}陪伴您的第{years}年，感谢您对{dealership}的信任！")));
    }

    /** @return the read model of next-service dates, subscribed to the storage */
    public ServiceDue serviceDue() {
        return due;
    }

    /** @return the decline reasons in use */
    public Vocabulary declineReasons() {
        return declineReasons;
    }

    // ================================================================== queries

    /**
     * @param id a customer
     * @return their file, if kept
     */
    public Optional<CustomerFile> file(CustomerId id) {
        return storage.repository(FILES).find(id).map(Versioned::value);
    }

    /**
     * @param id an invitation
     * @return it, if sent
     */
    public Optional<Invitation> invitation(InvitationId id) {
        return storage.repository(INVITATIONS).find(id).map(Versioned::value);
    }

    /**
     * @param id a campaign
     * @return it, if started
     */
    public Optional<Campaign> campaign(CampaignId id) {
        return storage.repository(CAMPAIGNS).find(id).map(Versioned::value);
    }

    /**
     * The cars whose next service falls due within the lead of a day (or before it), by the
     * rule in the class comment, earliest first.
     *
     * @param day the day
     * @return the cars due, with the day and the reason
     */
    public List<NextVisit> nextVisits(LocalDate day) {
        List<NextVisit> out = new ArrayList<>();
        for (ServiceDue.Car car : due.cars()) {
            NextVisit v = nextVisit(car);
            if (!day.isBefore(v.dueOn().minusDays(lead))) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparing(NextVisit::dueOn).thenComparing(NextVisit::vehicle));
        return out;
    }

    private NextVisit nextVisit(ServiceDue.Car car) {
        long perDay = kmPerDay;
        if (car.previousVisit() != null) {
            long days = ChronoUnit.DAYS.between(car.previousVisit(), car.lastVisit());
            if (days > 0 && car.lastKm() > car.previousKm()) {
                perDay = Math.max(1, Math.round((car.lastKm() - car.previousKm()) / (double) days));
            }
        }
        LocalDate byDate = car.nextDate();
        if (car.nextKm() != null) {
            long left = Math.max(0, car.nextKm() - car.lastKm());
            LocalDate byKm = car.lastVisit().plusDays((left + perDay - 1) / perDay);
            if (byKm.isBefore(byDate)) {
                return new NextVisit(car.vehicle(), car.customer(), car.plate(), byKm, NextVisit.Reason.MILEAGE,
                        perDay);
            }
        }
        return new NextVisit(car.vehicle(), car.customer(), car.plate(), byDate, NextVisit.Reason.DATE, perDay);
    }

    /**
     * The evaluation of a campaign from its invitations (F14).
     *
     * @param campaign the campaign
     * @return invited, booked, came, joined, declined, revenue and the declined reasons
     */
    public CampaignEvaluation evaluate(CampaignId campaign) {
        List<Invitation> all = storage.repository(INVITATIONS).findBy(BY_CAMPAIGN, campaign.value()).stream()
                .map(Versioned::value).toList();
        Map<String, Long> reasons = new TreeMap<>();
        Money revenue = Money.ZERO;
        for (Invitation i : all) {
            revenue = revenue.plus(i.revenue());
            if (i.status() == Invitation.Status.DECLINED) {
                reasons.merge(i.declineReason(), 1L, Long::sum);
            }
        }
        return new CampaignEvaluation(campaign, all.size(), all.stream().filter(i -> i.appointment() != null).count(),
                count(all, Invitation.Status.CAME), count(all, Invitation.Status.JOINED),
                count(all, Invitation.Status.DECLINED), revenue, reasons);
    }

    private static long count(List<Invitation> all, Invitation.Status status) {
        return all.stream().filter(i -> i.status() == status).count();
    }

    /**
     * Declined invitations of every kind counted by reason (F14), for those declined in
     * {@code [from, to)}; every reason of the vocabulary is listed, with zero when none.
     *
     * @param from the first instant
     * @param to the instant after the period
     * @return the count per reason code, in the vocabulary's order
     */
    public Map<String, Long> declinedReasons(Instant from, Instant to) {
        Map<String, Long> out = new LinkedHashMap<>();
        declineReasons.codes().forEach(code -> out.put(code, 0L));
        for (Versioned<Invitation> v : storage.repository(INVITATIONS).findBy(DECLINED, "declined")) {
            Invitation i = v.value();
            if (!i.declinedAt().isBefore(from) && i.declinedAt().isBefore(to)) {
                out.merge(i.declineReason(), 1L, Long::sum);
            }
        }
        return out;
    }

    // ================================================================== commands

    /**
     * Keeps a customer's file (F14): contact, dates for greetings, loyalty card, cars.
     *
     * @param c the command
     * @return the event
     * @throws ValidationException also when a car is not the customer's
     */
    public List<SolicitationEvent> fileCustomer(SolicitationCommands.FileCustomer c) {
        Violations v = problems(c);
        if (c != null && c.customer() != null && c.vehicles() != null) {
            for (int i = 0; i < c.vehicles().size(); i++) {
                Vehicle car = c.vehicles().get(i);
                if (car != null && !car.owner().equals(c.customer().id())) {
                    v.add("vehicles[" + i + "].owner", "file.owner", car.id().value(), car.owner().value(),
                            c.customer().id().value());
                }
            }
        }
        v.throwIfPresent();
        return storage.inUnitOfWork(work -> {
            Repository<CustomerId, CustomerFile> files = work.repository(FILES);
            Customer customer = c.customer();
            Optional<Versioned<CustomerFile>> before = files.find(customer.id());
            files.save(new CustomerFile(customer.id(), customer, c.vehicles()),
                    before.map(Versioned::version).orElse(Versioned.NEW));
            return publish(work, event(c.by(), SolicitationEvents.CUSTOMER_FILED, customer.id().value(),
                    Map.of("vehicles", String.valueOf(c.vehicles().size()))));
        });
    }

    /**
     * Sends the next-visit invitations due on a day (F14): one per car and next-service date,
     * through the outbox; a car already invited for that date is not invited again.
     *
     * @param c the command
     * @return the events, one per invitation sent
     */
    public List<SolicitationEvent> sendNextVisitInvitations(SolicitationCommands.SendNextVisitInvitations c) {
        problems(c).throwIfPresent();
        List<NextVisit> dueCars = nextVisits(c.day());
        Map<VehicleId, LocalDate> nextDates = new LinkedHashMap<>();
        due.cars().forEach(car -> nextDates.put(car.vehicle(), car.nextDate()));
        return storage.inUnitOfWork(work -> {
            List<SolicitationEvent> out = new ArrayList<>();
            for (NextVisit nv : dueCars) {
                Optional<CustomerFile> file = work.repository(FILES).find(nv.customer()).map(Versioned::value);
                if (file.isEmpty()) {
                    continue;
                }
                Map<String, String> values = Map.of("customer", file.get().customer().name(), "plate", nv.plate(),
                        "due", nv.dueOn().toString());
                out.addAll(invite(work, "next-visit/" + nv.vehicle().value() + "/" + nextDates.get(nv.vehicle()),
                        null, file.get(), nv.vehicle(), NEXT_VISIT, values, c.by(),
                        Map.of("purpose", "next-visit", "reason", nv.reason().name(), "due", nv.dueOn().toString())));
            }
            return out;
        });
    }

    /**
     * Starts a campaign (F14).
     *
     * @param c the command
     * @return the event
     * @throws BusinessRuleException {@code campaign.exists} when the code is taken
     */
    public List<SolicitationEvent> startCampaign(SolicitationCommands.StartCampaign c) {
        Violations v = problems(c);
        if (c != null && c.from() != null && c.until() != null && c.until().isBefore(c.from())) {
            v.add("until", "campaign.period", c.from(), c.until());
        }
        v.throwIfPresent();
        return storage.inUnitOfWork(work -> {
            CampaignId id = CampaignId.of(c.code());
            Repository<CampaignId, Campaign> campaigns = work.repository(CAMPAIGNS);
            if (campaigns.find(id).isPresent()) {
                throw new BusinessRuleException("campaign.exists", SolicitationMessages.text("campaign.exists", id), null);
            }
            campaigns.save(new Campaign(id, c.kind(), new LocalizedText(c.title(), c.titleZh()), c.from(), c.until()),
                    Versioned.NEW);
            return publish(work, event(c.by(), SolicitationEvents.CAMPAIGN_STARTED, id.value(),
                    Map.of("kind", c.kind().name(), "from", c.from().toString(), "until", c.until().toString())));
        });
    }

    /**
     * Invites customers to a running campaign (F14); those refusing marketing and those already
     * invited to it are left out.
     *
     * @param c the command
     * @return the events, one per invitation sent
     * @throws ValidationException when a customer has no file (nothing is sent then)
     * @throws BusinessRuleException {@code campaign.not-running} outside the campaign's days
     */
    public List<SolicitationEvent> inviteToCampaign(SolicitationCommands.InviteToCampaign c) {
        problems(c).throwIfPresent();
        return onCampaign(c.campaign(), (campaign, work) -> {
            Violations v = SolicitationMessages.violations();
            List<CustomerFile> files = new ArrayList<>();
            for (int i = 0; i < c.customers().size(); i++) {
                Optional<Versioned<CustomerFile>> f = work.repository(FILES).find(c.customers().get(i));
                if (f.isEmpty()) {
                    v.add("customers[" + i + "]", "file.unknown", c.customers().get(i).value());
                } else {
                    files.add(f.get().value());
                }
            }
            v.throwIfPresent();
            return inviteAll(work, campaign, files, c.by());
        });
    }

    /**
     * Invites every filed customer without a loyalty card who welcomes marketing to a running
     * loyalty-card promotion (F14).
     *
     * @param c the command
     * @return the events, one per invitation sent
     * @throws BusinessRuleException {@code campaign.not-loyalty} for another kind of campaign
     */
    public List<SolicitationEvent> promoteLoyaltyCard(SolicitationCommands.PromoteLoyaltyCard c) {
        problems(c).throwIfPresent();
        return onCampaign(c.campaign(), (campaign, work) -> {
            requireLoyalty(campaign);
            List<CustomerFile> files = work.repository(FILES).findBy(ALL_FILES, "all").stream()
                    .map(Versioned::value).filter(f -> f.customer().loyaltyCard() == null)
                    .sorted(Comparator.comparing(CustomerFile::id)).toList();
            return inviteAll(work, campaign, files, c.by());
        });
    }

    /**
     * The invited customer booked (F14).
     *
     * @param c the command
     * @return the event
     * @throws ValidationException when the service desk has no such appointment
     */
    public List<SolicitationEvent> recordBooking(SolicitationCommands.RecordBooking c) {
        problems(c).throwIfPresent();
        return onInvitation(c.invitation(), (i, work) -> {
            if (work.repository(ServiceDesk.APPOINTMENTS).find(c.appointment()).isEmpty()) {
                SolicitationMessages.violations().add("appointment", "appointment.unknown", c.appointment().value())
                        .throwIfPresent();
            }
            requireStatus(i, Invitation.Status.INVITED);
            return new Outcome(i.booked(c.appointment()), event(c.by(), SolicitationEvents.BOOKED, i.id().value(),
                    details(i, "appointment", c.appointment().value())));
        });
    }

    /**
     * The invited customer declined (F14): the reason code is kept and counted.
     *
     * @param c the command
     * @return the event
     * @throws ValidationException also when the reason is not in the decline-reason vocabulary
     */
    public List<SolicitationEvent> recordDecline(SolicitationCommands.RecordDecline c) {
        Violations v = problems(c);
        if (c != null && c.reason() != null && !c.reason().isBlank() && !declineReasons.contains(c.reason())) {
            v.add("reason", "decline.reason", c.reason(), declineReasons.codes());
        }
        v.throwIfPresent();
        return onInvitation(c.invitation(), (i, work) -> {
            requireStatus(i, Invitation.Status.INVITED, Invitation.Status.BOOKED);
            return new Outcome(i.declined(c.reason(), c.remarks(), clock.instant()),
                    event(c.by(), SolicitationEvents.DECLINED, i.id().value(), details(i, "reason", c.reason())));
        });
    }

    /**
     * The invited customer came (F14): what the settled order paid is the invitation's revenue.
     *
     * @param c the command
     * @return the event
     * @throws BusinessRuleException {@code invitation.not-settled} while the order is not paid
     */
    public List<SolicitationEvent> recordVisit(SolicitationCommands.RecordVisit c) {
        problems(c).throwIfPresent();
        return onInvitation(c.invitation(), (i, work) -> {
            Optional<Versioned<RepairOrder>> order = work.repository(ServiceDesk.ORDERS).find(c.order());
            if (order.isEmpty()) {
                SolicitationMessages.violations().add("order", "order.unknown", c.order().value()).throwIfPresent();
            }
            Money paid = order.get().value().paid();
            if (paid == null) {
                throw new BusinessRuleException("invitation.not-settled",
                        SolicitationMessages.text("invitation.notSettled", c.order().value()), null);
            }
            requireStatus(i, Invitation.Status.INVITED, Invitation.Status.BOOKED);
            Map<String, String> d = details(i, "order", c.order().value());
            d.put("revenue", paid.amount().toPlainString());
            return new Outcome(i.came(c.order(), paid), event(c.by(), SolicitationEvents.CAME, i.id().value(), d));
        });
    }

    /**
     * A customer invited by a loyalty-card promotion joined (F14): the card goes on the file.
     *
     * @param c the command
     * @return the event
     */
    public List<SolicitationEvent> joinLoyalty(SolicitationCommands.JoinLoyalty c) {
        problems(c).throwIfPresent();
        return onInvitation(c.invitation(), (i, work) -> {
            requireLoyalty(i.campaign() == null ? null : work.repository(CAMPAIGNS).get(i.campaign()).value());
            requireStatus(i, Invitation.Status.INVITED);
            Repository<CustomerId, CustomerFile> files = work.repository(FILES);
            Versioned<CustomerFile> f = files.get(i.customer());
            files.save(new CustomerFile(f.value().id(), f.value().customer().joinLoyalty(c.cardNumber()),
                    f.value().vehicles()), f.version());
            return new Outcome(i.joined(), event(c.by(), SolicitationEvents.JOINED_LOYALTY, i.id().value(),
                    details(i, "card", c.cardNumber())));
        });
    }

    /**
     * Queues the greetings of a day (F14) through the outbox: the festival the business calendar
     * carries on it to every customer who welcomes marketing, their birthdays, and the purchase
     * anniversaries of their cars. Each greeting's idempotency key names its kind, year and
     * customer (or car), so running this again, the same day or later, queues nothing twice; the
     * outbox holds them through quiet hours.
     *
     * @param c the command
     * @return the events, one per greeting newly queued
     * @throws BusinessRuleException if the calendar has no arrangement for the day's year
     */
    public List<SolicitationEvent> queueGreetings(SolicitationCommands.QueueGreetings c) {
        problems(c).throwIfPresent();
        LocalDate day = c.day();
        Optional<Festival> festival = calendar.festival(day);
        return storage.inUnitOfWork(work -> {
            List<SolicitationEvent> out = new ArrayList<>();
            List<CustomerFile> files = work.repository(FILES).findBy(ALL_FILES, "all").stream().map(Versioned::value)
                    .filter(CustomerFile::welcomesMarketing).sorted(Comparator.comparing(CustomerFile::id)).toList();
            for (CustomerFile f : files) {
                Customer who = f.customer();
                Recipient to = recipient(who);
                if (festival.isPresent()) {
                    LocalizedText name = festival.get().label();
                    greet(work, out, c.by(), "festival-" + festival.get().name(), day, who.id().value(), FESTIVAL, to,
                            Map.of("customer", who.name(), "festival", to.language() == Language.ZH ? name.zh()
                                    : name.en(), "dealership", dealership));
                }
                if (who.birthday() != null && falls(who.birthday(), day)) {
                    greet(work, out, c.by(), "birthday", day, who.id().value(), BIRTHDAY, to,
                            Map.of("customer", who.name(), "dealership", dealership));
                }
                for (Vehicle car : f.vehicles()) {
                    LocalDate bought = car.purchaseDate();
                    if (bought != null && day.getYear() > bought.getYear() && falls(MonthDay.from(bought), day)) {
                        greet(work, out, c.by(), "purchase", day, car.id().value(), PURCHASE_ANNIVERSARY, to,
                                Map.of("customer", who.name(), "plate", car.plate() == null ? car.model()
                                        : car.plate().value(), "years", String.valueOf(day.getYear() - bought.getYear()),
                                        "dealership", dealership));
                    }
                }
            }
            work.publishAll(out);
            return out;
        });
    }

    // ================================================================== machinery

    /** A changed invitation and the event it caused. */
    private record Outcome(Invitation invitation, SolicitationEvent event) {
    }

    private List<SolicitationEvent> onInvitation(InvitationId id, BiFunction<Invitation, UnitOfWork, Outcome> change) {
        return storage.inUnitOfWork(work -> {
            Repository<InvitationId, Invitation> repo = work.repository(INVITATIONS);
            Versioned<Invitation> current = repo.get(id);
            Outcome o = change.apply(current.value(), work);
            repo.save(o.invitation(), current.version());
            return publish(work, o.event());
        });
    }

    private List<SolicitationEvent> onCampaign(CampaignId id,
            BiFunction<Campaign, UnitOfWork, List<SolicitationEvent>> change) {
        return storage.inUnitOfWork(work -> {
            Campaign campaign = work.repository(CAMPAIGNS).get(id).value();
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            if (!campaign.runsOn(today)) {
                throw new BusinessRuleException("campaign.not-running", SolicitationMessages.text("campaign.notRunning",
                        id.value(), campaign.from(), campaign.until(), today), null);
            }
            List<SolicitationEvent> out = change.apply(campaign, work);
            return out;
        });
    }

    private List<SolicitationEvent> inviteAll(UnitOfWork work, Campaign campaign, List<CustomerFile> files, StaffId by) {
        List<SolicitationEvent> out = new ArrayList<>();
        boolean loyalty = campaign.kind() == Campaign.Kind.LOYALTY_CARD;
        for (CustomerFile f : files) {
            if (!f.welcomesMarketing()) {
                continue;
            }
            Recipient to = recipient(f.customer());
            String title = to.language() == Language.ZH ? campaign.title().zh() : campaign.title().en();
            Map<String, String> values = loyalty
                    ? Map.of("customer", f.customer().name(), "campaign", title, "dealership", dealership)
                    : Map.of("customer", f.customer().name(), "campaign", title, "from", campaign.from().toString(),
                            "until", campaign.until().toString());
            out.addAll(invite(work, "campaign/" + campaign.id().value() + "/" + f.id().value(), campaign, f, null,
                    loyalty ? LOYALTY_CARD : CAMPAIGN, values, by,
                    Map.of("purpose", "campaign", "campaign", campaign.id().value(), "kind", campaign.kind().name())));
        }
        return out;
    }

    /** Sends one invitation unless its key was invited before: the invitation, its message, its event. */
    private List<SolicitationEvent> invite(UnitOfWork work, String key, Campaign campaign, CustomerFile file,
            VehicleId vehicle, String message, Map<String, String> values, StaffId by, Map<String, String> more) {
        Repository<InvitationId, Invitation> repo = work.repository(INVITATIONS);
        if (!repo.findBy(BY_KEY, key).isEmpty()) {
            return List.of();
        }
        // the message is keyed by the invitation's key, read once: two runs at once cannot both invite
        if (!notifications.queueIfNew(work, new Notify(notificationId("invitation/", key), message,
                recipient(file.customer()), values))) {
            return List.of();
        }
        InvitationId id = InvitationId.of(work.sequence(INVITATION_NUMBERS).next().text());
        Invitation i = new Invitation(id, key, campaign == null ? null : campaign.id(), file.id(), vehicle,
                clock.instant(), Invitation.Status.INVITED, null, null, Money.ZERO, null, null, null);
        repo.save(i, Versioned.NEW);
        Map<String, String> d = details(i, "message", message);
        d.putAll(more);
        return publish(work, event(by, SolicitationEvents.INVITED, id.value(), d));
    }

    private void greet(UnitOfWork work, List<SolicitationEvent> out, StaffId by, String kind, LocalDate day,
            String subject, String message, Recipient to, Map<String, String> values) {
        NotificationId key = notificationId("greeting/", kind + "/" + day.getYear() + "/" + subject);
        if (!notifications.queueIfNew(work, new Notify(key, message, to, values))) {
            return; // greeted already: the key is read once, so two runs at once cannot both greet
        }
        out.add(event(by, SolicitationEvents.GREETING_QUEUED, subject,
                Map.of("kind", kind, "day", day.toString(), "notification", key.value())));
    }

    /**
     * The outbox message that carried an invitation: one per invitation key (a campaign and a
     * customer, or a car's next service), so no invitation is sent twice.
     *
     * @param invitation an invitation
     * @return its notification's id
     */
    public static NotificationId notificationOf(Invitation invitation) {
        return notificationId("invitation/", invitation.key());
    }

    /** An idempotency key within the id length: the text as it is, or a name-based UUID of it when longer. */
    static NotificationId notificationId(String prefix, String text) {
        String whole = prefix + text;
        return NotificationId.of(whole.length() <= org.aftersales.core.id.Identifier.MAX_LENGTH ? whole
                : prefix + UUID.nameUUIDFromBytes(whole.getBytes(StandardCharsets.UTF_8)));
    }

    /** A yearly date falls on a day; 29 February falls on 28 February in other years (our default). */
    static boolean falls(MonthDay date, LocalDate day) {
        if (date.equals(MonthDay.from(day))) {
            return true;
        }
        return date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && !day.isLeapYear()
                && day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
    }

    private static Recipient recipient(Customer c) {
        return Recipient.customer(c.id(), c.phone().value(), c.preferences());
    }

    private static void requireStatus(Invitation i, Invitation.Status... allowed) {
        for (Invitation.Status s : allowed) {
            if (i.status() == s) {
                return;
            }
        }
        throw new BusinessRuleException("invitation.status", SolicitationMessages.text("invitation.status",
                i.id().value(), i.status(), List.of(allowed)), null);
    }

    private static void requireLoyalty(Campaign campaign) {
        if (campaign == null || campaign.kind() != Campaign.Kind.LOYALTY_CARD) {
            throw new BusinessRuleException("campaign.not-loyalty", SolicitationMessages.text("campaign.notLoyalty",
                    campaign == null ? "-" : campaign.id().value()), null);
        }
    }

    private static Map<String, String> details(Invitation i, String key, String value) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("customer", i.customer().value());
        if (i.campaign() != null) {
            d.put("campaign", i.campaign().value());
        }
        if (i.vehicle() != null) {
            d.put("vehicle", i.vehicle().value());
        }
        d.put(key, value);
        return d;
    }

    private SolicitationEvent event(StaffId by, String type, String subject, Map<String, String> details) {
        return new SolicitationEvent(type, events.metadata(Actor.staff(by), CorrelationId.of(subject)), subject,
                details);
    }

    private static List<SolicitationEvent> publish(UnitOfWork work, SolicitationEvent e) {
        work.publish(e);
        return List.of(e);
    }

    private Violations problems(Object command) {
        Violations v = SolicitationMessages.violations();
        validator.violations(command).forEach(x -> v.add(x.path(), x.code(), x.message()));
        return v;
    }

    /** Configures {@link Solicitation}. Not thread-safe; one per service. */
    public static final class Builder {

        private Storage storage;
        private Clock clock;
        private BusinessCalendar calendar;
        private Notifications notifications;
        private Vocabulary declineReasons = standardDeclineReasons();
        private int lead = 14;
        private long kmPerDay = 40;
        private String dealership = "";

        private Builder() {
        }

        /**
         * @param storage the storage the service desk works in (required)
         * @return this builder
         */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /**
         * @param clock the clock events and days read (required)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param calendar the business calendar: its zone counts days, its festivals are greeted (required)
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * @param notifications the outbox, built with {@link Solicitation#templates()} (required)
         * @return this builder
         */
        public Builder notifications(Notifications notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /**
         * @param reasons the reasons a customer may give for declining;
         *     {@link Solicitation#standardDeclineReasons()} by default
         * @return this builder
         */
        public Builder declineReasons(Vocabulary reasons) {
            this.declineReasons = Objects.requireNonNull(reasons, "reasons");
            return this;
        }

        /**
         * @param days how many days before the next service falls due its invitation goes out;
         *     14 by default, not negative
         * @return this builder
         */
        public Builder lead(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("the invitation lead is not negative: " + days);
            }
            this.lead = days;
            return this;
        }

        /**
         * @param km the kilometres a day assumed for a car with one visit; 40 by default, at least 1
         * @return this builder
         */
        public Builder kmPerDay(long km) {
            if (km < 1) {
                throw new IllegalArgumentException("kilometres a day must be at least 1: " + km);
            }
            this.kmPerDay = km;
            return this;
        }

        /**
         * @param name the dealership's name, in messages
         * @return this builder
         */
        public Builder dealership(String name) {
            this.dealership = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Builds the service, subscribes its {@link ServiceDue} read model to the storage's
         * events and fills it from the event log.
         *
         * @return the service
         * @throws IllegalStateException if storage, clock, calendar or notifications is missing,
         *     or the outbox lacks the templates
         * @throws org.aftersales.core.error.PluginFailureException if another service desk's
         *     read model already subscribed under the same id
         */
        public Solicitation build() {
            if (storage == null || clock == null || calendar == null || notifications == null) {
                throw new IllegalStateException("solicitation needs storage, a clock, a calendar and notifications");
            }
            List<String> missing = templates().codes().stream()
                    .filter(code -> notifications.templates().find(code).isEmpty()).sorted().toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the notification outbox lacks the templates " + missing
                        + "; build it with Solicitation.templates()");
            }
            Solicitation s = new Solicitation(this);
            storage.events().subscribe(s.due);
            s.due.rebuild(storage.events());
            return s;
        }
    }
}
