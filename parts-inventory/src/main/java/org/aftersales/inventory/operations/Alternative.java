package org.aftersales.inventory.operations;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Money;
import org.aftersales.inventory.PartLink;
import org.aftersales.inventory.Sourcing;

/**
 * A part offered instead of, or beside, the one asked for (P8, P11), ranked genuine first, then
 * by quality tier, then by price; the genuine part is recommended with the reason (seed 000:
 * explain the good of genuine parts and correct the idea that cheaper is better).
 *
 * @param part the part
 * @param sourcing genuine or aftermarket
 * @param tier its quality and price tier relative to the part asked for
 * @param price its retail price, or null when unknown
 * @param available the pieces free today
 * @param recommended whether this is the one recommended
 * @param reason why, in both languages
 */
public record Alternative(PartNumber part, Sourcing sourcing, PartLink.Tier tier, Money price, long available,
        boolean recommended, LocalizedText reason) {
}
