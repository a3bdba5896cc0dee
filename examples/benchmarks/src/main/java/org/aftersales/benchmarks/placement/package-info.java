/**
 * Benchmarks of the parts warehouse (P3, P4): one placement decision by the indexed engine
 * beside the naive scorer that judges every bin, and audit and re-slotting, on synthetic
 * warehouses of 5,000 to 200,000 bins. Results and the command are in BENCHMARKS.md.
 */
package org.aftersales.benchmarks.placement;
