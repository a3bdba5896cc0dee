/**
 * What channel adapters implement: {@link org.aftersales.core.notification.spi.NotificationSender},
 * one per channel, given an {@link org.aftersales.core.notification.spi.OutgoingMessage}.
 * Depends on {@code notification} and {@code plugin} only.
 */
package org.aftersales.core.notification.spi;
