/** Benchmarks of the storage SPI's in-memory store against a bare concurrent map. */
package org.aftersales.benchmarks.store;
