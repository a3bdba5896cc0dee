/**
 * Implementation of scoring (S1-S5): the catalogue rules and JSON reader, the score
 * calculator, the checks of an assessment against its catalogue, the built-in derivations,
 * the default reward and penalty policy, the in-memory assessment store and the scorecard
 * exports. Not exported; may use the scoring API and SPI, the core values and the JSON
 * mapper, and nothing of other modules.
 */
package org.aftersales.core.internal.scoring;
