/**
 * Benchmarks of the web console: the lounge board's refresh over many open repair orders.
 */
package org.aftersales.benchmarks.console;
