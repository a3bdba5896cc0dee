package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.BRAKE_PADS_AFTERMARKET;
import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;
import org.aftersales.inventory.Sourcing;
import org.aftersales.inventory.operations.spi.TransferOffer;
import org.aftersales.inventory.operations.spi.TransferSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shortage (P8): transfer sources as plugins, the customer's date at once, alternatives, lost sales, the 5-minute answer. */
class ShortageTest {

    /** Saturday: the parts department is closed, so the customer is given Monday. */
    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    record Source(String id, TransferOffer.Kind kind, long has, LocalDate arrives) implements TransferSource {
        @Override
        public List<TransferOffer> offers(PartNumber part, long quantity, LocalDate needed) {
            return List.of(new TransferOffer(id, id + " stock", kind, has, arrives));
        }
    }

    static final TransferSource SISTER = new Source("sister-junda-2", TransferOffer.Kind.SISTER_DEALER, 3,
            TODAY.plusDays(1));
    static final TransferSource CENTRAL = new Source("central-beijing", TransferOffer.Kind.CENTRAL_WAREHOUSE, 50,
            SATURDAY);

    /** Hands phone calls to the front desk; here it only has to exist. */
    static final class PhoneTasks implements org.aftersales.core.notification.spi.NotificationSender {
        @Override
        public String id() {
            return "phone-tasks";
        }

        @Override
        public org.aftersales.core.notification.Channel channel() {
            return org.aftersales.core.notification.Channel.PHONE_TASK;
        }

        @Override
        public void send(org.aftersales.core.notification.spi.OutgoingMessage message) {
        }
    }

    Shop.MovingClock clock;
    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        clock = new Shop.MovingClock(Shop.NOW);
        storage = Shop.storage(clock);
        warehouse = Shop.warehouse(storage, clock).transferSource(SISTER, CENTRAL).build();
    }

    @Test
    void P8_offersCoveringTheQuantityComeFirstAndTheCustomerGetsAWorkingDayAtOnce() {
        ShortageAnswer answer = warehouse.shortage(OIL_FILTER, 4, TODAY);
        assertThat(answer.availableNow()).isZero();
        assertThat(answer.transfers()).extracting(TransferOffer::source).containsExactly("central-beijing",
                "sister-junda-2");

        TransferOrder transfer = warehouse.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 4, TODAY,
                null, CLERK));
        assertThat(transfer.id().value()).isEqualTo("TRF-2026-000001");
        assertThat(transfer.offer().source()).isEqualTo("central-beijing");
        assertThat(transfer.offer().arrives()).isEqualTo(SATURDAY);
        assertThat(transfer.promised()).isEqualTo(MONDAY);
        assertThat(warehouse.availableToPromise(OIL_FILTER, SATURDAY.minusDays(1))).isZero();
        assertThat(warehouse.availableToPromise(OIL_FILTER, SATURDAY)).isEqualTo(4);

        TransferOrder small = warehouse.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 2, TODAY,
                "sister-junda-2", CLERK));
        assertThat(small.promised()).isEqualTo(TODAY.plusDays(1));
        assertThatThrownBy(() -> warehouse.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 60, TODAY,
                null, CLERK))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("transfer.noSource"));
    }

    @Test
    void P8_theCustomerIsToldThePromisedDateInTheSameUnitOfWork() {
        org.aftersales.core.notification.Notifications notifications =
                org.aftersales.core.notification.Notifications.builder().storage(storage).clock(clock)
                        .templates(PartsStandards.templates()).sender(new PhoneTasks()).build();
        PartsWarehouse telling = Shop.warehouse(storage, clock).transferSource(CENTRAL).notifications(notifications)
                .build();
        org.aftersales.core.notification.Recipient customer = org.aftersales.core.notification.Recipient.customer(
                CustomerId.of("c-1"), "13800138000", org.aftersales.core.party.ContactPreferences.phoneAnyTime());
        TransferOrder t = telling.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 4, TODAY, null, CLERK,
                customer));
        var sent = notifications.find(org.aftersales.core.notification.NotificationId.of("parts-transfer-"
                + t.id().value())).orElseThrow();
        assertThat(sent.text()).contains("2026-12-07").contains("15400-RTA-003");

        assertThatThrownBy(() -> warehouse.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 4, TODAY,
                null, CLERK, customer))).isInstanceOfSatisfying(org.aftersales.core.error.ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("tellCustomer"));
    }

    @Test
    void P8_aThrowingTransferSourceIsNamedAndNothingIsStored() {
        TransferSource broken = new TransferSource() {
            @Override
            public String id() {
                return "broken-depot";
            }

            @Override
            public List<TransferOffer> offers(PartNumber part, long quantity, LocalDate needed) {
                throw new IllegalStateException("depot offline");
            }
        };
        PartsWarehouse withBroken = Shop.warehouse(storage, clock).transferSource(CENTRAL, broken).build();
        assertThatThrownBy(() -> withBroken.raiseTransfer(new ShortageCommands.RaiseTransfer(OIL_FILTER, 4, TODAY,
                null, CLERK))).isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.getMessage()).contains("broken-depot"));
        assertThat(withBroken.stock(OIL_FILTER).dueIn()).isEmpty();
        assertThat(storage.events().since(0, 10)).isEmpty();
        assertThatThrownBy(() -> withBroken.shortage(OIL_FILTER, 1, TODAY)).isInstanceOf(PluginFailureException.class);
    }

    @Test
    void P8_genuinePartsAreRecommendedWithTheReasonAndAftermarketOffered() {
        Stocked.put(warehouse, BRAKE_PADS, 2);
        Stocked.put(warehouse, BRAKE_PADS_AFTERMARKET, 5);
        List<Alternative> alternatives = warehouse.alternatives(BRAKE_PADS_AFTERMARKET);
        assertThat(alternatives).extracting(Alternative::part).containsExactly(BRAKE_PADS, BRAKE_PADS_AFTERMARKET);
        Alternative genuine = alternatives.get(0);
        assertThat(genuine.recommended()).isTrue();
        assertThat(genuine.sourcing()).isEqualTo(Sourcing.GENUINE);
        assertThat(genuine.reason().en()).contains("genuine part").contains("warranty");
        assertThat(genuine.reason().zh()).contains("正厂件");
        assertThat(alternatives.get(1).recommended()).isFalse();
        assertThat(alternatives.get(1).reason().en()).contains("aftermarket");
        assertThat(alternatives.get(1).available()).isEqualTo(5);
    }

    @Test
    void P8_theLostSaleIsRecordedWhenTheCustomerWalksAway() {
        warehouse.recordLostSale(new ShortageCommands.RecordLostSale(OIL_FILTER, 2, CustomerId.of("walk-in-77"),
                "needed it today, would not wait for Monday", CLERK));
        assertThat(warehouse.lostSales(OIL_FILTER)).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.id().value()).isEqualTo("LS-2026-000001");
        });
        assertThat(storage.events().since(0, 10)).extracting(e -> e.event().type()).containsExactly("parts.lost-sale");
    }

    @Test
    void P8_aPartsRequestIsAnsweredWithinFiveMinutesOrItsDeadlineFires() {
        Stocked.put(warehouse, OIL_FILTER, 3);
        List<PartLine> lines = List.of(new PartLine(OIL_FILTER, Quantity.pieces(2)));
        PartsRequest answered = warehouse.requestParts(new ShortageCommands.RequestParts("RO-2026-000031", lines, CLERK));
        PartsRequest late = warehouse.requestParts(new ShortageCommands.RequestParts("RO-2026-000032", lines, CLERK));
        clock.advance(Duration.ofMinutes(3));
        PartsRequest done = warehouse.answerPartsRequest(new ShortageCommands.AnswerPartsRequest(answered.id(), CLERK));
        assertThat(done.complete()).isTrue();
        assertThat(warehouse.stock(OIL_FILTER).heldBy(SupplyDocument.repairOrder("RO-2026-000031"))).isEqualTo(2);

        Deadline met = warehouse.deadlines().forSubject(SubjectRef.of("parts-request", answered.id().value())).get(0);
        assertThat(met.status()).isEqualTo(Deadline.Status.MET);
        Deadline open = warehouse.deadlines().forSubject(SubjectRef.of("parts-request", late.id().value())).get(0);
        assertThat(open.due()).isEqualTo(Shop.NOW.plus(Duration.ofMinutes(5)));

        List<DeadlineEvent> fired = warehouse.deadlines().due(Shop.NOW.plus(Duration.ofMinutes(6)));
        assertThat(fired).isNotEmpty().allSatisfy(e -> assertThat(e.subject().id()).isEqualTo(late.id().value()));
        assertThatThrownBy(() -> warehouse.answerPartsRequest(new ShortageCommands.AnswerPartsRequest(answered.id(),
                CLERK))).isInstanceOf(BusinessRuleException.class);
    }
}
