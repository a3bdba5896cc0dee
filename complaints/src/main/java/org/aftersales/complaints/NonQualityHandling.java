package org.aftersales.complaints;

import java.util.List;

/**
 * The non-quality path (K5): the explanation given to the customer, the repair of the damage,
 * the training given to the customer's operators, and the costs agreed with the customer.
 *
 * @param explanation what the customer was told about the cause
 * @param damageRepair how the damage is made good
 * @param operatorTraining the guidance given to the customer's operators, or null when none
 * @param agreedCosts the costs agreed with the customer, each with its bearer
 */
public record NonQualityHandling(String explanation, String damageRepair, String operatorTraining,
        List<Cost> agreedCosts) {

    /** Checks the parts and copies the costs. */
    public NonQualityHandling {
        ComplaintMessages.violations().requiredText("explanation", explanation)
                .requiredText("damageRepair", damageRepair).throwIfPresent();
        agreedCosts = agreedCosts == null ? List.of() : List.copyOf(agreedCosts);
    }
}
