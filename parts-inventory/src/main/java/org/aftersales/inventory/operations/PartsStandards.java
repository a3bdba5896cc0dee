package org.aftersales.inventory.operations;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.notification.MessageTemplate;
import org.aftersales.core.notification.Templates;

/**
 * The timed standards of the parts department, to register on the
 * {@link org.aftersales.core.deadline.Deadlines} builder that {@link PartsWarehouse} is given,
 * and the message templates it queues, for the notifications builder.
 */
public final class PartsStandards {

    /** A parts request is answered within 5 minutes (seed 004). */
    public static final Duration ANSWER_WITHIN = Duration.ofMinutes(5);
    /**
     * How far a timed home-delivery promise reaches, in km (seed 004: within 5 km in 30
     * minutes); farther deliveries are made without a timed promise. Our reading of the seed's
     * example; a dealership with another radius checks the distance itself before asking.
     */
    public static final double DELIVERY_RADIUS_KM = 5.0;
    /** Home delivery within 5 km in 30 minutes (seed 004). */
    public static final Duration DELIVER_WITHIN = Duration.ofMinutes(30);

    /** The message telling a customer the day a transferred part will be here. */
    public static final String TRANSFER_DATE = "parts.transfer-date";

    private PartsStandards() {
    }

    /**
     * The message templates the parts warehouse queues, to add to the
     * {@link org.aftersales.core.notification.Notifications} builder's templates
     * ({@code Templates.standardPhrases().with(PartsStandards.templates())}).
     *
     * @return the templates
     */
    public static Templates templates() {
        return Templates.of(List.of(new MessageTemplate(TRANSFER_DATE, List.of("part", "quantity", "date"),
                "We are bringing in {quantity} x {part} for you from another store; it will be here for you on {date}.",
                "您需要的{part}共{quantity}件正在从其他门店调货，{date}可到店提取。")));
    }

    /**
     * Answer a repair shop's parts request within 5 business minutes of the parts department;
     * the clerk is reminded at 80% and the department manager told at 100% (our default
     * escalation: give another list to {@link Standard} to change it).
     *
     * @param parts the parts department in the business calendar
     * @return the standard
     */
    public static Standard answerPartsRequest(DepartmentId parts) {
        return new Standard(PartsWarehouse.ANSWER_PARTS_REQUEST, Target.business(parts, ANSWER_WITHIN),
                List.of(EscalationStep.at(80, EscalationStep.Escalation.OWNER),
                        EscalationStep.at(100, EscalationStep.Escalation.DEPARTMENT_MANAGER)));
    }

    /**
     * Deliver within a promised time (plain time: a delivery runs at lunch too); the driver is
     * reminded at 80% and the manager told at 100%.
     *
     * @param promise the promise, such as {@link #DELIVER_WITHIN}
     * @return the standard
     */
    public static Standard homeDelivery(Duration promise) {
        return new Standard(PartsWarehouse.HOME_DELIVERY, Target.plain(promise),
                List.of(EscalationStep.at(80, EscalationStep.Escalation.OWNER),
                        EscalationStep.at(100, EscalationStep.Escalation.OWNER_MANAGER)));
    }
}
