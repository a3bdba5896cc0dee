package org.aftersales.inventory;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;

/**
 * A link from one part to another in the part master (P1): a superseding part or an
 * alternative of some quality and price tier.
 *
 * @param part the other part
 * @param kind how it relates to this part
 * @param tier its quality and price tier
 */
public record PartLink(PartNumber part, Kind kind, Tier tier) {

    /** How the linked part relates. */
    public enum Kind {
        /** The linked part replaces this one. */
        SUPERSEDED_BY,
        /** This part replaces the linked one. */
        SUPERSEDES,
        /** The linked part can be fitted instead. */
        ALTERNATIVE
    }

    /** Quality and price tier of an alternative. */
    public enum Tier {
        /** Same quality as the original. */
        ORIGINAL,
        /** Good quality at a fair price. */
        EQUIVALENT,
        /** Lower price, lower grade. */
        ECONOMY
    }

    /** Checks the parts are present; the tier defaults to {@link Tier#ORIGINAL}. */
    public PartLink {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (part == null) {
            v.add("part", "required");
        }
        if (kind == null) {
            v.add("kind", "required");
        }
        v.throwIfPresent();
        tier = tier == null ? Tier.ORIGINAL : tier;
    }
}
