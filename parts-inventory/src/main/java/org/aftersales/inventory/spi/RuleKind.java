package org.aftersales.inventory.spi;

/** Whether a placement rule must hold or is weighed against others (P3). */
public enum RuleKind {
    /** Never broken: a bin that fails it is not a candidate. */
    HARD,
    /** Scored from 0 (worst) to 1 (best) and weighed by the rule set. */
    SOFT
}
