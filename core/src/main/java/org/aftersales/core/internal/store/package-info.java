/**
 * The in-memory store, the default provider of the storage SPI: thread-safe, lock per
 * aggregate, counters held by a unit of work until it ends, an in-memory event log. Also the
 * message catalogue of storage and plugin errors. Not exported.
 */
package org.aftersales.core.internal.store;
