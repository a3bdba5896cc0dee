/**
 * Deadlines in business time (C13): {@link org.aftersales.core.deadline.Deadlines}, the service
 * that sets, pauses, meets and fires timers on obligations, with their
 * {@link org.aftersales.core.deadline.Standard standards}, escalation steps and events. Stored
 * through the storage SPI; no thread. Depends on {@code calendar}, {@code party}, {@code store},
 * {@code plugin}, {@code event}, {@code id} and {@code error}; nothing in core depends on it
 * except {@code notification}.
 */
package org.aftersales.core.deadline;
