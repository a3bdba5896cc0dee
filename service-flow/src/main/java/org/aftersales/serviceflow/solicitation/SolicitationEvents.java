package org.aftersales.serviceflow.solicitation;

import java.util.List;

/**
 * The stable names of the solicitation events (F14); never rename one. {@link #ALL} lists them
 * for a store that registers names with classes (all are {@link SolicitationEvent}s).
 */
public final class SolicitationEvents {

    /** A customer's file (contact, dates for greetings, cars) was kept or updated. */
    public static final String CUSTOMER_FILED = "solicitation.customer-filed";
    /** A campaign started. */
    public static final String CAMPAIGN_STARTED = "solicitation.campaign-started";
    /** A customer was invited: to the next visit or to a campaign. */
    public static final String INVITED = "solicitation.invited";
    /** An invited customer booked an appointment. */
    public static final String BOOKED = "solicitation.booked";
    /** An invited customer declined; the reason code is in the details. */
    public static final String DECLINED = "solicitation.declined";
    /** An invited customer came; the order and its revenue are in the details. */
    public static final String CAME = "solicitation.came";
    /** A customer invited by a loyalty-card promotion joined. */
    public static final String JOINED_LOYALTY = "solicitation.joined-loyalty";
    /** A greeting was queued in the outbox. */
    public static final String GREETING_QUEUED = "solicitation.greeting-queued";

    /** Every name. */
    public static final List<String> ALL = List.of(CUSTOMER_FILED, CAMPAIGN_STARTED, INVITED, BOOKED, DECLINED, CAME,
            JOINED_LOYALTY, GREETING_QUEUED);

    private SolicitationEvents() {
    }
}
