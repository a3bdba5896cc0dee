/**
 * Benchmarks of business time (precomputed against the day-by-day walk kept as the baseline),
 * of firing due deadlines among a million pending ones, and of a pending deadline's footprint.
 */
package org.aftersales.benchmarks.deadline;
