package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;

/**
 * A bin that was allowed but lost, and why.
 *
 * @param candidate the bin and its verdicts
 * @param lostBecause the rules on which it scored lower than the chosen bin
 */
public record RunnerUp(BinChoice candidate, LocalizedText lostBecause) {
}
