package org.aftersales.serviceflow.solicitation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.core.value.Money;

/**
 * The effect of a campaign (F14), counted from its invitations. An invitation counts as booked
 * once an appointment was recorded for it (also when the customer then came), and as came
 * once its visit was recorded.
 *
 * @param campaign the campaign
 * @param invited invitations sent
 * @param booked invitations with an appointment booked
 * @param came invitations whose customer came
 * @param joined customers who joined the loyalty card
 * @param declined invitations declined
 * @param revenue what the visits paid, together
 * @param declinedByReason declined invitations per reason code, sorted
 */
public record CampaignEvaluation(CampaignId campaign, long invited, long booked, long came, long joined,
        long declined, Money revenue, Map<String, Long> declinedByReason) {

    /** Sorts and copies the reasons. */
    public CampaignEvaluation {
        declinedByReason = Collections.unmodifiableMap(new TreeMap<>(declinedByReason));
    }
}
