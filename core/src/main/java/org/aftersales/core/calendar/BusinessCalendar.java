package org.aftersales.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.internal.Checks;
import org.aftersales.core.internal.CoreMessages;
import org.aftersales.core.json.AftersalesJson;

/**
 * The business calendar of a dealership (C5): opening hours per department and weekday,
 * public holidays, make-up working days on weekends, and the dates of traditional festivals,
 * in one time zone (Asia/Shanghai by default). Service-level timers count business time with
 * {@link #plus(DepartmentId, Instant, Duration)} and
 * {@link #between(DepartmentId, Instant, Instant)}.
 *
 * <p>Immutable and thread-safe. Built from a {@link CalendarDocument}, usually read from JSON
 * with {@link #fromJson(String)}, so that each year's official holiday arrangement is data.
 */
public final class BusinessCalendar {

    /** The default zone of a mainland dealership. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** How far ahead business time is searched before giving up: about ten years. */
    static final int MAX_DAYS = 3700;

    private final ZoneId zone;
    private final Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours;
    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, DayOfWeek> makeUpDays;
    private final Map<LocalDate, Festival> festivals;

    private BusinessCalendar(ZoneId zone, Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours,
            Map<LocalDate, String> holidays, Map<LocalDate, DayOfWeek> makeUpDays, Map<LocalDate, Festival> festivals) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
        this.makeUpDays = makeUpDays;
        this.festivals = festivals;
    }

    /**
     * Reads a calendar document.
     *
     * @param json the document, see {@link CalendarDocument}
     * @return the calendar
     * @throws org.aftersales.core.error.ValidationException listing every problem of the document
     */
    public static BusinessCalendar fromJson(String json) {
        return of(AftersalesJson.read(json, CalendarDocument.class));
    }

    /**
     * Builds a calendar from its document, checking it whole.
     *
     * @param doc the document
     * @return the calendar
     * @throws org.aftersales.core.error.ValidationException listing every problem of the document
     */
    public static BusinessCalendar of(CalendarDocument doc) {
        Checks.required(doc, "");
        Violations v = Checks.violations();
        ZoneId zone = SHANGHAI;
        if (doc.zone() != null) {
            try {
                zone = ZoneId.of(doc.zone());
            } catch (DateTimeException e) {
                v.add("zone", "calendar.zone", doc.zone());
            }
        }
        Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours = new HashMap<>();
        if (doc.openingHours() == null || doc.openingHours().isEmpty()) {
            v.add("openingHours", "calendar.noHours");
        } else {
            doc.openingHours().forEach((dept, week) -> {
                String path = "openingHours." + dept;
                Map<DayOfWeek, List<OpeningPeriod>> days = new EnumMap<>(DayOfWeek.class);
                if (week != null) {
                    week.forEach((day, periods) -> {
                        List<OpeningPeriod> sorted = new ArrayList<>(periods == null ? List.of() : periods);
                        if (sorted.contains(null)) {
                            v.add(path + "." + day, "required");
                            return;
                        }
                        sorted.sort(Comparator.comparing(OpeningPeriod::open));
                        for (int i = 1; i < sorted.size(); i++) {
                            if (sorted.get(i).open().isBefore(sorted.get(i - 1).close())) {
                                v.add(path + "." + day, "calendar.overlap", sorted.get(i - 1), sorted.get(i));
                            }
                        }
                        days.put(day, List.copyOf(sorted));
                    });
                }
                hours.put(DepartmentId.of(dept), Map.copyOf(days));
            });
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        List<CalendarDocument.Holiday> hs = doc.holidays() == null ? List.of() : doc.holidays();
        for (int i = 0; i < hs.size(); i++) {
            CalendarDocument.Holiday h = hs.get(i);
            if (h == null || h.date() == null) {
                v.add("holidays[" + i + "].date", "required");
            } else if (holidays.put(h.date(), h.name() == null ? "" : h.name()) != null) {
                v.add("holidays[" + i + "].date", "calendar.duplicate", h.date());
            }
        }
        Map<LocalDate, DayOfWeek> makeUp = new HashMap<>();
        List<CalendarDocument.MakeUpDay> ms = doc.makeUpWorkingDays() == null ? List.of() : doc.makeUpWorkingDays();
        for (int i = 0; i < ms.size(); i++) {
            CalendarDocument.MakeUpDay m = ms.get(i);
            String path = "makeUpWorkingDays[" + i + "].date";
            if (m == null || m.date() == null) {
                v.add(path, "required");
                continue;
            }
            DayOfWeek dow = m.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                v.add(path, "calendar.makeUpWeekday", m.date(), dow);
            }
            if (holidays.containsKey(m.date())) {
                v.add(path, "calendar.makeUpHoliday", m.date());
            }
            if (makeUp.put(m.date(), m.worksAs() == null ? DayOfWeek.MONDAY : m.worksAs()) != null) {
                v.add(path, "calendar.duplicate", m.date());
            }
        }
        Map<LocalDate, Festival> festivals = new HashMap<>();
        List<CalendarDocument.FestivalDate> fs = doc.festivals() == null ? List.of() : doc.festivals();
        for (int i = 0; i < fs.size(); i++) {
            CalendarDocument.FestivalDate f = fs.get(i);
            if (f == null || f.date() == null || f.festival() == null) {
                v.add("festivals[" + i + "]", "required");
            } else {
                festivals.put(f.date(), f.festival());
            }
        }
        v.throwIfPresent();
        return new BusinessCalendar(zone, Map.copyOf(hours), Map.copyOf(holidays), Map.copyOf(makeUp),
                Map.copyOf(festivals));
    }

    /** @return the zone all local times are read in */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The periods a department is open on a date: none on a holiday, the hours of the
     * replaced weekday on a make-up working day, otherwise the hours of the weekday.
     *
     * @param department the department
     * @param date the date
     * @return the periods in order, empty when closed all day
     * @throws org.aftersales.core.error.NotFoundException if the calendar has no hours for the department
     */
    public List<OpeningPeriod> openingHours(DepartmentId department, LocalDate date) {
        Map<DayOfWeek, List<OpeningPeriod>> week = hours.get(department);
        if (week == null) {
            throw new org.aftersales.core.error.NotFoundException("department in the calendar", department.value());
        }
        if (holidays.containsKey(date)) {
            return List.of();
        }
        DayOfWeek day = makeUpDays.getOrDefault(date, date.getDayOfWeek());
        return week.getOrDefault(day, List.of());
    }

    /**
     * Whether the department opens at all on a date.
     *
     * @param department the department
     * @param date the date
     * @return true when it has at least one opening period
     */
    public boolean isWorkingDay(DepartmentId department, LocalDate date) {
        return !openingHours(department, date).isEmpty();
    }

    /**
     * Whether the department is open at an instant.
     *
     * @param department the department
     * @param instant the instant
     * @return true inside an opening period
     */
    public boolean isOpen(DepartmentId department, Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return openingHours(department, at.toLocalDate()).stream()
                .anyMatch(p -> !at.toLocalTime().isBefore(p.open()) && at.toLocalTime().isBefore(p.close()));
    }

    /**
     * @param date a date
     * @return the name of the holiday on that date, if it is one
     */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /**
     * @param date a date
     * @return the festival on that date, if any
     */
    public Optional<Festival> festival(LocalDate date) {
        return Optional.ofNullable(festivals.get(date));
    }

    /**
     * The instant at which a business duration, counted only while the department is open,
     * has passed after a start. Adding zero returns the start itself.
     *
     * @param department the department whose hours count
     * @param start when counting starts (may be outside opening hours)
     * @param duration how much business time, not negative
     * @return the instant the duration ends
     * @throws BusinessRuleException if the department never opens within ten years
     */
    public Instant plus(DepartmentId department, Instant start, Duration duration) {
        if (duration.isNegative()) {
            Checks.violations().add("duration", "calendar.negative", duration).throwIfPresent();
        }
        if (duration.isZero()) {
            return start;
        }
        Duration remaining = duration;
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate date = cursor.toLocalDate();
        for (int d = 0; d < MAX_DAYS; d++, date = date.plusDays(1)) {
            for (OpeningPeriod p : openingHours(department, date)) {
                ZonedDateTime open = ZonedDateTime.of(date, p.open(), zone);
                ZonedDateTime close = ZonedDateTime.of(date, p.close(), zone);
                if (!cursor.isBefore(close)) {
                    continue;
                }
                ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
        throw new BusinessRuleException("calendar.neverOpen",
                CoreMessages.MESSAGES.text("calendar.neverOpen", department.value()), null);
    }

    /**
     * The business time between two instants: only time while the department is open counts.
     * Reversed instants give the negative of the forward answer.
     *
     * @param department the department whose hours count
     * @param from the first instant
     * @param to the second instant
     * @return the business time between them
     */
    public Duration between(DepartmentId department, Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(department, to, from).negated();
        }
        Duration total = Duration.ZERO;
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            for (OpeningPeriod p : openingHours(department, date)) {
                ZonedDateTime open = ZonedDateTime.of(date, p.open(), zone);
                ZonedDateTime close = ZonedDateTime.of(date, p.close(), zone);
                ZonedDateTime a = start.isAfter(open) ? start : open;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }
}
