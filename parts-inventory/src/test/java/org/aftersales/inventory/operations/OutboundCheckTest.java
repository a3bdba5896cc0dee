package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.DRIVER;
import static org.aftersales.inventory.operations.Shop.ENGINE_OIL;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound check (P9): picked goods against the delivery note; home delivery kept to its promise. */
class OutboundCheckTest {

    Shop.MovingClock clock;
    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        clock = new Shop.MovingClock(Shop.NOW);
        storage = Shop.storage(clock);
        warehouse = Shop.warehouse(storage, clock).build();
    }

    static List<OutboundCommands.NoteLine> note() {
        return List.of(new OutboundCommands.NoteLine(OIL_FILTER, 2), new OutboundCommands.NoteLine(ENGINE_OIL, 1),
                new OutboundCommands.NoteLine(BRAKE_PADS, 1));
    }

    @Test
    void P9_everyProblemOfEveryLineIsFound() {
        OutboundCheck check = warehouse.checkOutbound(new OutboundCommands.Check("DN-501", "Accord", note(), List.of(
                new OutboundCommands.Picked(OIL_FILTER, 1, true, false),
                new OutboundCommands.Picked(BRAKE_PADS, 1, false, true),
                new OutboundCommands.Picked(Shop.BULB, 2, true, true)), CLERK,
                new OutboundCommands.HomeDelivery("12 Renmin Road", 3.2, DRIVER)));
        assertThat(check.passed()).isFalse();
        assertThat(check.deliveryDue()).isNull();
        assertThat(check.lines()).extracting(OutboundCheck.LineCheck::part, OutboundCheck.LineCheck::problems)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OIL_FILTER, List.of(OutboundCheck.Problem.QUANTITY,
                                OutboundCheck.Problem.PACKAGING)),
                        org.assertj.core.groups.Tuple.tuple(ENGINE_OIL, List.of(OutboundCheck.Problem.MISSING)),
                        org.assertj.core.groups.Tuple.tuple(BRAKE_PADS, List.of(OutboundCheck.Problem.DOES_NOT_FIT,
                                OutboundCheck.Problem.QUALITY)),
                        org.assertj.core.groups.Tuple.tuple(Shop.BULB, List.of(OutboundCheck.Problem.NOT_ON_NOTE)));
        assertThatThrownBy(() -> warehouse.delivered(new OutboundCommands.Delivered("DN-501", DRIVER)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void P9_aPassedHomeDeliveryWithinFiveKmRunsAgainstItsThirtyMinutePromise() {
        List<OutboundCommands.Picked> good = List.of(new OutboundCommands.Picked(OIL_FILTER, 2, true, true),
                new OutboundCommands.Picked(ENGINE_OIL, 1, true, true));
        List<OutboundCommands.NoteLine> noteLines = note().subList(0, 2);
        OutboundCheck check = warehouse.checkOutbound(new OutboundCommands.Check("DN-502", "Accord", noteLines, good,
                CLERK, new OutboundCommands.HomeDelivery("12 Renmin Road", 4.5, DRIVER)));
        assertThat(check.passed()).isTrue();
        assertThat(check.deliveryDue()).isEqualTo(Shop.NOW.plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> warehouse.checkOutbound(new OutboundCommands.Check("DN-502", "Accord", noteLines,
                good, CLERK, null))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("outbound.passed"));

        clock.advance(Duration.ofMinutes(22));
        OutboundCheck delivered = warehouse.delivered(new OutboundCommands.Delivered("DN-502", DRIVER));
        assertThat(delivered.deliveredAt()).isEqualTo(Shop.NOW.plus(Duration.ofMinutes(22)));
        Deadline promise = warehouse.deadlines().forSubject(SubjectRef.of("home-delivery", "DN-502")).get(0);
        assertThat(promise.status()).isEqualTo(Deadline.Status.MET);

        OutboundCheck far = warehouse.checkOutbound(new OutboundCommands.Check("DN-503", null, noteLines, good,
                CLERK, new OutboundCommands.HomeDelivery("Wu'an county", 38, DRIVER)));
        assertThat(far.passed()).isTrue();
        assertThat(far.deliveryDue()).isNull();
    }
}
