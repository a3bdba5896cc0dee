/**
 * The service flow measured end to end (F1, C6, C7): a whole repair order through the
 * {@code ServiceDesk} on the in-memory store, beside the floor of the same transitions on the
 * bare engine with map puts. Never run in CI; see BENCHMARKS.md.
 */
package org.aftersales.benchmarks.serviceflow;
