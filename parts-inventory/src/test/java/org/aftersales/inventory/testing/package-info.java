/**
 * Test support shared with the benchmarks: a generator of synthetic warehouses. Not part of
 * the library.
 */
package org.aftersales.inventory.testing;
