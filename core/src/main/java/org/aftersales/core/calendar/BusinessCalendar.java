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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.json.JsonSource;

/**
 * The business calendar of a dealership (C5, C14): opening hours per department and weekday,
 * the national holiday arrangement of each covered year (days off and make-up working
 * weekend days), the dealership's own closures, and the dates of traditional festivals, in
 * one time zone (Asia/Shanghai by default). Service-level timers count business time with
 * {@link #plus(DepartmentId, Instant, Duration)} and
 * {@link #between(DepartmentId, Instant, Instant)}.
 *
 * <p>Covered years: only years with an arrangement are counted. Any question about a date in
 * another year (its hours, business time reaching into it) is refused with a
 * {@link BusinessRuleException} of rule {@code calendar.noArrangement} whose message says how
 * to add the year; such a year is never silently taken as an ordinary one.
 *
 * <p>Cost (C13): the working periods of every covered day are laid out once, when the calendar
 * is built, as sorted intervals with running sums, so {@code plus} and {@code between} are two
 * binary searches, whatever the span. The answers are the same whatever the JVM's default
 * time zone: everything is read in {@link #zone()}. The day-by-day walk they replace is kept in
 * {@link DayWalk} as the reference that tests and benchmarks compare against.
 *
 * <p>Immutable and thread-safe. Built from a {@link CalendarDocument}, usually read from JSON
 * with {@link #fromJson(String)}.
 */
public final class BusinessCalendar {

    /** The default zone of a mainland dealership. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The national arrangement shipped with the library: China's. */
    public static final String CHINA = "china";
    /** No national arrangement: only the document's own {@code arrangements} count. */
    public static final String NONE = "none";

    private final ZoneId zone;
    private final Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours;
    private final Map<LocalDate, LocalizedText> closed;
    private final Map<LocalDate, DayOfWeek> makeUpDays;
    private final Map<LocalDate, Festival> festivals;
    private final SortedMap<Integer, String> sources;
    private final Map<DepartmentId, WorkingTimeline> timelines;
    /** Start of the first covered year and of the year after the last, in epoch seconds. */
    private final long spanStart;
    private final long spanEnd;
    /** Uncovered years inside the span: pairs of start and end in epoch seconds, with the year. */
    private final long[][] gaps;

    private BusinessCalendar(ZoneId zone, Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours,
            Map<LocalDate, LocalizedText> closed, Map<LocalDate, DayOfWeek> makeUpDays,
            Map<LocalDate, Festival> festivals, SortedMap<Integer, String> sources) {
        this.zone = zone;
        this.hours = hours;
        this.closed = closed;
        this.makeUpDays = makeUpDays;
        this.festivals = festivals;
        this.sources = sources;
        if (sources.isEmpty()) {
            spanStart = 0;
            spanEnd = 0;
            gaps = new long[0][];
        } else {
            spanStart = yearStart(sources.firstKey());
            spanEnd = yearStart(sources.lastKey() + 1);
            List<long[]> holes = new ArrayList<>();
            for (int y = sources.firstKey(); y < sources.lastKey(); y++) {
                if (!sources.containsKey(y)) {
                    holes.add(new long[] {yearStart(y), yearStart(y + 1), y});
                }
            }
            gaps = holes.toArray(new long[0][]);
        }
        Map<DepartmentId, WorkingTimeline> lines = new HashMap<>();
        hours.keySet().forEach(d -> lines.put(d, layOut(d)));
        this.timelines = Map.copyOf(lines);
    }

    /**
     * Reads a calendar document.
     *
     * @param json the document, see {@link CalendarDocument}
     * @return the calendar
     * @throws ValidationException listing every problem of the document
     */
    public static BusinessCalendar fromJson(String json) {
        return fromJson(JsonSource.of(json));
    }

    /**
     * Reads a calendar document.
     *
     * @param json where the document is: {@code JsonSource.of(path | reader | stream | string)}
     * @return the calendar
     * @throws ValidationException listing every problem of the document
     */
    public static BusinessCalendar fromJson(JsonSource json) {
        Violations periods = CalendarMessages.violations();
        CalendarDocument doc = AftersalesJson.read(json, RawCalendar.class).checked(periods);
        BusinessCalendar calendar;
        try {
            calendar = of(doc);
        } catch (ValidationException rest) {
            if (periods.isEmpty()) {
                throw rest;
            }
            List<org.aftersales.core.error.Violation> all = new ArrayList<>(periods.list());
            all.addAll(rest.violations());
            throw new ValidationException(all);
        }
        periods.throwIfPresent();
        return calendar;
    }

    /**
     * Builds a calendar from its document, checking it whole: every problem is listed in one
     * refusal.
     *
     * @param doc the document
     * @return the calendar
     * @throws ValidationException listing every problem of the document
     */
    public static BusinessCalendar of(CalendarDocument doc) {
        Violations v = CalendarMessages.violations();
        if (doc == null) {
            v.add("", "required").throwIfPresent();
        }
        ZoneId zone = SHANGHAI;
        if (doc.zone() != null) {
            try {
                zone = ZoneId.of(doc.zone());
            } catch (DateTimeException e) {
                v.add("zone", "calendar.zone", doc.zone());
            }
        }
        Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours = readHours(doc, v);

        Map<LocalDate, LocalizedText> closed = new HashMap<>();
        Map<LocalDate, DayOfWeek> makeUp = new HashMap<>();
        Map<LocalDate, Festival> festivals = new HashMap<>();
        SortedMap<Integer, String> sources = new TreeMap<>();
        Map<Integer, HolidayArrangement> years = new LinkedHashMap<>();
        String national = doc.nationalArrangement() == null ? CHINA : doc.nationalArrangement();
        if (CHINA.equals(national)) {
            for (int y : HolidayArrangement.CHINA_YEARS) {
                years.put(y, HolidayArrangement.china(y).orElseThrow());
            }
        } else if (!NONE.equals(national)) {
            v.add("nationalArrangement", "calendar.national", national);
        }
        List<HolidayArrangement> own = doc.arrangements() == null ? List.of() : doc.arrangements();
        Map<Integer, Integer> givenAt = new HashMap<>();
        for (int i = 0; i < own.size(); i++) {
            String path = "arrangements[" + i + "]";
            HolidayArrangement a = own.get(i);
            if (a == null) {
                v.add(path, "required");
                continue;
            }
            if (checkArrangement(a, path, v) && givenAt.putIfAbsent(a.year(), i) != null) {
                v.add(path + ".year", "calendar.yearTwice", a.year());
            }
            if (a.year() != null) {
                years.put(a.year(), a);
            }
        }
        for (HolidayArrangement a : years.values()) {
            sources.put(a.year(), a.source() == null ? "" : a.source());
            for (HolidayArrangement.Holiday h : list(a.holidays())) {
                if (h != null && h.from() != null && h.to() != null && !h.to().isBefore(h.from())) {
                    LocalizedText name = new LocalizedText(text(h.name()), h.nameZh() == null ? text(h.name()) : h.nameZh());
                    for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                        closed.put(d, name);
                    }
                }
            }
            for (CalendarDocument.MakeUpDay m : list(a.makeUpWorkingDays())) {
                if (m != null && m.date() != null) {
                    makeUp.put(m.date(), m.worksAs() == null ? DayOfWeek.MONDAY : m.worksAs());
                }
            }
            for (CalendarDocument.FestivalDate f : list(a.festivals())) {
                if (f != null && f.date() != null && f.festival() != null) {
                    festivals.put(f.date(), f.festival());
                }
            }
        }

        Map<LocalDate, String> ownClosures = new HashMap<>();
        List<CalendarDocument.Holiday> hs = list(doc.holidays());
        for (int i = 0; i < hs.size(); i++) {
            CalendarDocument.Holiday h = hs.get(i);
            if (h == null || h.date() == null) {
                v.add("holidays[" + i + "].date", "required");
            } else if (ownClosures.put(h.date(), text(h.name())) != null) {
                v.add("holidays[" + i + "].date", "calendar.duplicate", h.date());
            } else {
                closed.put(h.date(), new LocalizedText(text(h.name()), text(h.name())));
                makeUp.remove(h.date());
            }
        }
        List<CalendarDocument.MakeUpDay> ms = list(doc.makeUpWorkingDays());
        Map<LocalDate, DayOfWeek> ownMakeUp = new HashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            CalendarDocument.MakeUpDay m = ms.get(i);
            String path = "makeUpWorkingDays[" + i + "].date";
            if (m == null || m.date() == null) {
                v.add(path, "required");
                continue;
            }
            checkMakeUp(m.date(), path, v);
            if (closed.containsKey(m.date())) {
                v.add(path, "calendar.makeUpHoliday", m.date());
            }
            DayOfWeek worksAs = m.worksAs() == null ? DayOfWeek.MONDAY : m.worksAs();
            if (ownMakeUp.put(m.date(), worksAs) != null) {
                v.add(path, "calendar.duplicate", m.date());
            }
            makeUp.put(m.date(), worksAs);
        }
        List<CalendarDocument.FestivalDate> fs = list(doc.festivals());
        for (int i = 0; i < fs.size(); i++) {
            CalendarDocument.FestivalDate f = fs.get(i);
            if (f == null || f.date() == null || f.festival() == null) {
                v.add("festivals[" + i + "]", "required");
            } else {
                festivals.put(f.date(), f.festival());
            }
        }
        v.throwIfPresent();
        return new BusinessCalendar(zone, Map.copyOf(hours), Map.copyOf(closed), Map.copyOf(makeUp),
                Map.copyOf(festivals), java.util.Collections.unmodifiableSortedMap(sources));
    }

    private static Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> readHours(CalendarDocument doc, Violations v) {
        Map<DepartmentId, Map<DayOfWeek, List<OpeningPeriod>>> hours = new HashMap<>();
        if (doc.openingHours() == null || doc.openingHours().isEmpty()) {
            v.add("openingHours", "calendar.noHours");
            return hours;
        }
        doc.openingHours().forEach((dept, week) -> {
            String path = "openingHours." + dept;
            DepartmentId id = null;
            try {
                id = DepartmentId.of(dept);
            } catch (ValidationException e) {
                v.addAll(path, e);
            }
            if (week == null) {
                v.add(path, "required");
                return;
            }
            Map<DayOfWeek, List<OpeningPeriod>> days = new EnumMap<>(DayOfWeek.class);
            week.forEach((day, periods) -> {
                if (day == null || periods == null || periods.stream().anyMatch(java.util.Objects::isNull)) {
                    v.add(path + "." + day, "required");
                    return;
                }
                List<OpeningPeriod> sorted = new ArrayList<>(periods);
                sorted.sort(Comparator.comparing(OpeningPeriod::open));
                for (int i = 1; i < sorted.size(); i++) {
                    if (sorted.get(i).open().isBefore(sorted.get(i - 1).close())) {
                        v.add(path + "." + day, "calendar.overlap", sorted.get(i - 1), sorted.get(i));
                    }
                }
                days.put(day, List.copyOf(sorted));
            });
            if (id != null) {
                hours.put(id, Map.copyOf(days));
            }
        });
        return hours;
    }

    /** Checks one arrangement, adding every problem; true when its year is usable. */
    private static boolean checkArrangement(HolidayArrangement a, String path, Violations v) {
        Integer year = a.year();
        boolean yearOk = year != null && year >= 1970 && year <= 2200;
        if (year == null) {
            v.add(path + ".year", "required");
        } else if (!yearOk) {
            v.add(path + ".year", "calendar.year", year);
        }
        v.requiredText(path + ".source", a.source());
        List<HolidayArrangement.Holiday> hs = list(a.holidays());
        for (int i = 0; i < hs.size(); i++) {
            HolidayArrangement.Holiday h = hs.get(i);
            String at = path + ".holidays[" + i + "]";
            if (h == null) {
                v.add(at, "required");
                continue;
            }
            v.required(at + ".from", h.from());
            v.required(at + ".to", h.to());
            v.requiredText(at + ".name", h.name());
            if (h.from() != null && h.to() != null && h.to().isBefore(h.from())) {
                v.add(at + ".to", "calendar.range", h.from(), h.to());
            }
            inYear(h.from(), year, at + ".from", v);
            inYear(h.to(), year, at + ".to", v);
        }
        List<CalendarDocument.MakeUpDay> ms = list(a.makeUpWorkingDays());
        for (int i = 0; i < ms.size(); i++) {
            CalendarDocument.MakeUpDay m = ms.get(i);
            String at = path + ".makeUpWorkingDays[" + i + "].date";
            if (m == null || m.date() == null) {
                v.add(at, "required");
                continue;
            }
            checkMakeUp(m.date(), at, v);
            inYear(m.date(), year, at, v);
            for (HolidayArrangement.Holiday h : hs) {
                if (h != null && h.from() != null && h.to() != null
                        && !m.date().isBefore(h.from()) && !m.date().isAfter(h.to())) {
                    v.add(at, "calendar.makeUpHoliday", m.date());
                }
            }
        }
        List<CalendarDocument.FestivalDate> fs = list(a.festivals());
        for (int i = 0; i < fs.size(); i++) {
            CalendarDocument.FestivalDate f = fs.get(i);
            String at = path + ".festivals[" + i + "]";
            if (f == null || f.date() == null || f.festival() == null) {
                v.add(at, "required");
            } else {
                inYear(f.date(), year, at + ".date", v);
            }
        }
        return yearOk;
    }

    private static void checkMakeUp(LocalDate date, String path, Violations v) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            v.add(path, "calendar.makeUpWeekday", date, dow);
        }
    }

    private static void inYear(LocalDate date, Integer year, String path, Violations v) {
        if (date != null && year != null && date.getYear() != year) {
            v.add(path, "calendar.outsideYear", date, year);
        }
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * The same calendar with one more closure of its own, for example a day the dealership
     * closes for stocktaking. Deadlines set before recompute against the new calendar.
     *
     * @param date the date closed for every department
     * @param name why, for display
     * @return the new calendar
     * @throws BusinessRuleException if the date's year has no arrangement
     */
    public BusinessCalendar withClosure(LocalDate date, String name) {
        requireCovered(date);
        Map<LocalDate, LocalizedText> more = new HashMap<>(closed);
        more.put(date, new LocalizedText(text(name), text(name)));
        Map<LocalDate, DayOfWeek> fewer = new HashMap<>(makeUpDays);
        fewer.remove(date);
        return new BusinessCalendar(zone, hours, Map.copyOf(more), Map.copyOf(fewer), festivals, sources);
    }

    /** @return the zone all local times are read in */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The years that have a holiday arrangement, with the notice each was taken from.
     *
     * @return year to source, in year order
     */
    public SortedMap<Integer, String> coveredYears() {
        return sources;
    }

    /** @return the departments with opening hours */
    public java.util.Set<DepartmentId> departments() {
        return hours.keySet();
    }

    /**
     * The periods a department is open on a date: none on a holiday or closure, the hours of
     * the replaced weekday on a make-up working day, otherwise the hours of the weekday.
     *
     * @param department the department
     * @param date the date
     * @return the periods in order, empty when closed all day
     * @throws NotFoundException if the calendar has no hours for the department
     * @throws BusinessRuleException if the date's year has no arrangement
     */
    public List<OpeningPeriod> openingHours(DepartmentId department, LocalDate date) {
        Map<DayOfWeek, List<OpeningPeriod>> week = week(department);
        requireCovered(date);
        return periods(week, date);
    }

    private List<OpeningPeriod> periods(Map<DayOfWeek, List<OpeningPeriod>> week, LocalDate date) {
        if (closed.containsKey(date)) {
            return List.of();
        }
        DayOfWeek day = makeUpDays.getOrDefault(date, date.getDayOfWeek());
        return week.getOrDefault(day, List.of());
    }

    private Map<DayOfWeek, List<OpeningPeriod>> week(DepartmentId department) {
        Map<DayOfWeek, List<OpeningPeriod>> week = hours.get(department);
        if (week == null) {
            throw new NotFoundException("department in the calendar", department.value());
        }
        return week;
    }

    /**
     * Whether the department opens at all on a date.
     *
     * @param department the department
     * @param date the date
     * @return true when it has at least one opening period
     * @throws BusinessRuleException if the date's year has no arrangement
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
     * @throws BusinessRuleException if the instant's year has no arrangement
     */
    public boolean isOpen(DepartmentId department, Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        return openingHours(department, at.toLocalDate()).stream()
                .anyMatch(p -> !at.toLocalTime().isBefore(p.open()) && at.toLocalTime().isBefore(p.close()));
    }

    /**
     * @param date a date
     * @return the English name of the holiday or closure on that date, if it is one
     * @throws BusinessRuleException if the date's year has no arrangement
     */
    public Optional<String> holiday(LocalDate date) {
        return holidayName(date).map(LocalizedText::en);
    }

    /**
     * @param date a date
     * @return the name of the holiday or closure on that date in both languages, if it is one
     * @throws BusinessRuleException if the date's year has no arrangement
     */
    public Optional<LocalizedText> holidayName(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(closed.get(date));
    }

    /**
     * @param date a date
     * @return the festival on that date, if any
     * @throws BusinessRuleException if the date's year has no arrangement
     */
    public Optional<Festival> festival(LocalDate date) {
        requireCovered(date);
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
     * @throws NotFoundException if the calendar has no hours for the department
     * @throws BusinessRuleException if the start or the end falls in a year without an
     *     arrangement, or the department never opens
     */
    public Instant plus(DepartmentId department, Instant start, Duration duration) {
        if (duration.isNegative()) {
            CalendarMessages.violations().add("duration", "calendar.negative", duration).throwIfPresent();
        }
        WorkingTimeline line = timeline(department);
        long s = nanos(start);
        if (duration.isZero()) {
            return start;
        }
        long worked = line.workedBefore(s);
        long left = line.total() - worked;
        if (duration.getSeconds() > left / 1_000_000_000L + 1 || duration.toNanos() > left) {
            throw beyond(department, line);
        }
        long end = line.instantAt(worked + duration.toNanos());
        checkNoGap(s, end);
        return Instant.ofEpochSecond(Math.floorDiv(end, 1_000_000_000L), Math.floorMod(end, 1_000_000_000L));
    }

    /**
     * The business time between two instants: only time while the department is open counts.
     * Reversed instants give the negative of the forward answer.
     *
     * @param department the department whose hours count
     * @param from the first instant
     * @param to the second instant
     * @return the business time between them
     * @throws NotFoundException if the calendar has no hours for the department
     * @throws BusinessRuleException if either instant, or a year between them, has no arrangement
     */
    public Duration between(DepartmentId department, Instant from, Instant to) {
        WorkingTimeline line = timeline(department);
        long a = nanos(from);
        long b = nanos(to);
        checkNoGap(Math.min(a, b), Math.max(a, b));
        return Duration.ofNanos(line.workedBefore(b) - line.workedBefore(a));
    }

    private WorkingTimeline timeline(DepartmentId department) {
        WorkingTimeline line = timelines.get(department);
        if (line == null) {
            throw new NotFoundException("department in the calendar", department.value());
        }
        return line;
    }

    /** An instant in epoch nanoseconds, refused when its year has no arrangement. */
    private long nanos(Instant instant) {
        long sec = instant.getEpochSecond();
        if (sec < spanStart || sec >= spanEnd) {
            throw noArrangement(instant.atZone(zone).toLocalDate());
        }
        long n = sec * 1_000_000_000L + instant.getNano();
        if (gaps.length > 0) {
            checkNoGap(n, n);
        }
        return n;
    }

    private void checkNoGap(long fromNanos, long toNanos) {
        for (long[] gap : gaps) {
            long gs = gap[0] * 1_000_000_000L;
            long ge = gap[1] * 1_000_000_000L;
            if (fromNanos < ge && toNanos >= gs) {
                throw noArrangement(LocalDate.of((int) gap[2], 1, 1));
            }
        }
    }

    private void requireCovered(LocalDate date) {
        if (!sources.containsKey(date.getYear())) {
            throw noArrangement(date);
        }
    }

    private BusinessRuleException beyond(DepartmentId department, WorkingTimeline line) {
        if (line.total() == 0) {
            return new BusinessRuleException("calendar.neverOpen",
                    CalendarMessages.MESSAGES.text("calendar.neverOpen", department.value()), null);
        }
        return noArrangement(LocalDate.of(sources.lastKey() + 1, 1, 1));
    }

    private BusinessRuleException noArrangement(LocalDate date) {
        String covered = sources.isEmpty() ? "-"
                : sources.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new BusinessRuleException("calendar.noArrangement",
                CalendarMessages.MESSAGES.text("calendar.noArrangement", date.getYear(), date, covered), null);
    }

    private long yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond();
    }

    /** Lays out the department's periods over every covered day, in epoch nanoseconds. */
    private WorkingTimeline layOut(DepartmentId department) {
        Map<DayOfWeek, List<OpeningPeriod>> week = hours.get(department);
        List<long[]> intervals = new ArrayList<>();
        long lastEnd = Long.MIN_VALUE;
        for (int year : sources.keySet()) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                for (OpeningPeriod p : periods(week, d)) {
                    long open = ZonedDateTime.of(d, p.open(), zone).toInstant().getEpochSecond() * 1_000_000_000L
                            + p.open().getNano();
                    long close = ZonedDateTime.of(d, p.close(), zone).toInstant().getEpochSecond() * 1_000_000_000L
                            + p.close().getNano();
                    open = Math.max(open, lastEnd);
                    if (close > open) {
                        intervals.add(new long[] {open, close});
                        lastEnd = close;
                    }
                }
            }
        }
        long[] starts = new long[intervals.size()];
        long[] ends = new long[intervals.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = intervals.get(i)[0];
            ends[i] = intervals.get(i)[1];
        }
        return new WorkingTimeline(starts, ends);
    }
}
