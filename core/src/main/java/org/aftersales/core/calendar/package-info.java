/**
 * The business calendar (C5, C14): opening hours per department and weekday, China's
 * national holiday arrangement per year (shipped as data for each published year, see
 * {@link org.aftersales.core.calendar.HolidayArrangement}), a dealership's own closures and
 * traditional festivals, loaded from a JSON {@link org.aftersales.core.calendar.CalendarDocument},
 * with business-time arithmetic for service-level timers that costs the same whatever the span.
 * Pure: the caller supplies instants, nothing reads a clock. Depends on {@code id},
 * {@code error}, {@code i18n} and {@code json} only; nothing here depends on deadlines,
 * notifications or storage.
 */
package org.aftersales.core.calendar;
