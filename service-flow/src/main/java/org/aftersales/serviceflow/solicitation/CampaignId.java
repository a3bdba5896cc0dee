package org.aftersales.serviceflow.solicitation;

import org.aftersales.core.id.Identifier;

/**
 * Identifies a campaign, by the code the dealership gives it ({@code spring-check-2026}).
 *
 * @param value the id text
 */
public record CampaignId(String value) implements Identifier, Comparable<CampaignId> {

    /** Checks the id text; see {@link Identifier}. */
    public CampaignId {
        value = Identifier.normalise("CampaignId", value);
    }

    /**
     * @param value the id text
     * @return the id
     */
    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    @Override
    public int compareTo(CampaignId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
