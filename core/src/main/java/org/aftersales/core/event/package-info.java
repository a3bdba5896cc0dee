/**
 * Domain events (C11): the {@link org.aftersales.core.event.DomainEvent} contract, the
 * {@link org.aftersales.core.event.EventMetadata} every event carries, the
 * {@link org.aftersales.core.event.Actor} who caused it, and
 * {@link org.aftersales.core.event.EventContext}, which reads time from an injected clock.
 */
package org.aftersales.core.event;
