package org.aftersales.serviceflow.solicitation;

import java.time.LocalDate;
import java.util.Objects;
import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.store.Aggregate;

/**
 * A campaign (F14): a service event, a recall, an upgrade or a loyalty-card promotion, with the
 * days it runs. Its effect is evaluated from its invitations ({@link Solicitation#evaluate}).
 * Immutable.
 *
 * @param id the campaign's code
 * @param kind what kind of campaign
 * @param title its title in both languages
 * @param from the first day
 * @param until the last day
 */
public record Campaign(CampaignId id, Kind kind, LocalizedText title, LocalDate from, LocalDate until)
        implements Aggregate<CampaignId> {

    /** The kinds of campaign. */
    public enum Kind implements Labelled {
        /** A service event: a free check, a seasonal service. */
        SERVICE_EVENT("Service event", "服务活动"),
        /** A recall the maker ordered. */
        RECALL("Recall", "召回"),
        /** An upgrade: software, parts, accessories. */
        UPGRADE("Upgrade", "升级"),
        /** A loyalty-card promotion: customers without a card are invited to join. */
        LOYALTY_CARD("Loyalty-card promotion", "会员卡推广");

        private final LocalizedText label;

        Kind(String en, String zh) {
            this.label = new LocalizedText(en, zh);
        }

        @Override
        public LocalizedText label() {
            return label;
        }
    }

    /** Checks the parts. */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param day a day
     * @return true when the campaign runs on it
     */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
