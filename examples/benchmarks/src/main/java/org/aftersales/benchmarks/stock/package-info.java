/**
 * Benchmarks of the stock ledger (P6, P12): reservations and issues on one hot part from two
 * threads, against a bare compare-and-set counter as the floor.
 */
package org.aftersales.benchmarks.stock;
