/**
 * Value objects (C2, C15): {@link org.aftersales.core.value.Money},
 * {@link org.aftersales.core.value.Mileage}, {@link org.aftersales.core.value.Vin},
 * {@link org.aftersales.core.value.LicencePlate}, {@link org.aftersales.core.value.PhoneNumber},
 * {@link org.aftersales.core.value.Dimensions}, {@link org.aftersales.core.value.Weight},
 * {@link org.aftersales.core.value.Quantity} and {@link org.aftersales.core.value.TimeWindow}.
 * Each is an immutable record that checks its input in its constructor and reports every
 * problem with a {@link org.aftersales.core.error.ValidationException}, whose codes name the
 * rule that broke.
 *
 * <p>Text as people type it goes through one normaliser,
 * {@link org.aftersales.core.value.InputText} (full-width characters of a Chinese input method,
 * the ideographic space, look-alike dashes and dots); {@link org.aftersales.core.value.Parsed}
 * keeps the typed text beside the canonical value where a record must show what was entered.
 *
 * <p>Depends on {@code error} and {@code i18n} only; its messages are in the bundles
 * {@code org.aftersales.core.value.messages}. Must not depend on ids, parties, storage or JSON.
 */
package org.aftersales.core.value;
