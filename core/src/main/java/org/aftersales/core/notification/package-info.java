/**
 * Notifications that are never lost (C12): message {@link org.aftersales.core.notification.Templates}
 * in English and Chinese with the standard phrases shipped as data, and
 * {@link org.aftersales.core.notification.Notifications}, a transactional outbox stored through the
 * storage SPI and delivered by the vendor's sender plugins with retries, parking and quiet hours.
 * No thread. Depends on {@code store}, {@code plugin}, {@code party}, {@code json}, {@code id},
 * {@code error} and {@code i18n}; nothing in core depends on it.
 */
package org.aftersales.core.notification;
