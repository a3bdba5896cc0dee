package org.aftersales.inventory;

import java.util.List;

/**
 * Every violation of a layout with its stock (P4). JSON-serialisable.
 *
 * @param ruleSet the rule set audited against
 * @param binsInWarehouse how many bins the layout has
 * @param stockLines how many stock lines were judged
 * @param hardViolations every hard rule broken, by bin
 * @param softShortfalls every soft rule scoring below the settings' threshold
 * @param softScore the mean weighted soft score of the stock lines, 0 to 1 (1 when empty)
 */
public record AuditReport(
        String ruleSet, int binsInWarehouse, int stockLines, List<Finding> hardViolations,
        List<Finding> softShortfalls, double softScore) {

    /** Copies the lists. */
    public AuditReport {
        hardViolations = List.copyOf(hardViolations);
        softShortfalls = List.copyOf(softShortfalls);
    }

    /** @return true when no hard rule is broken */
    public boolean isClean() {
        return hardViolations.isEmpty();
    }
}
