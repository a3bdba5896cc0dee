/**
 * The business calendar (C5): opening hours per department and weekday, holidays, make-up
 * working days on weekends and traditional festivals, loaded from a JSON
 * {@link org.aftersales.core.calendar.CalendarDocument}, with business-time arithmetic for
 * service-level timers. Pure: the caller supplies instants, nothing reads a clock.
 */
package org.aftersales.core.calendar;
