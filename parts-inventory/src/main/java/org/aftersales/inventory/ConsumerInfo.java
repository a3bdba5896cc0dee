package org.aftersales.inventory;

import org.aftersales.core.value.Money;

/**
 * What a customer has a right to know about a part (P1; consumer law art. 8): price, origin,
 * maker, specification and grade, and for perishable goods (fluids, batteries, tyres) that
 * production and expiry dates are recorded per lot and a certificate of conformity exists.
 * Every field may be absent where unknown.
 *
 * @param price the retail price, or null
 * @param origin where it was made (产地), or null
 * @param maker who made it, or null
 * @param specification its specification, or null
 * @param grade its grade, or null
 * @param perishable true when lots carry production and expiry dates
 * @param certificateOfConformity true when a certificate of conformity comes with it
 */
public record ConsumerInfo(
        Money price,
        String origin,
        String maker,
        String specification,
        String grade,
        boolean perishable,
        boolean certificateOfConformity) {
}
