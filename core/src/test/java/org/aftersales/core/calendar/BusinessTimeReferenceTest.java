package org.aftersales.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.DepartmentId;
import org.junit.jupiter.api.Test;

/**
 * C13: the precomputed business time gives exactly the answers of the day-by-day walk it
 * replaced ({@link DayWalk}), on random calendars (lunch gaps, own closures, make-up working
 * days on top of the shipped 2025 and 2026 arrangements) and random instants and spans, and the
 * same instants whatever the JVM's default time zone.
 */
class BusinessTimeReferenceTest {

    static final DepartmentId DEPT = DepartmentId.of("service");
    static final Instant FIRST = Instant.parse("2024-12-31T16:00:00Z"); // 2025-01-01 00:00 in Shanghai
    static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();

    /** A random week of one to three periods a day (so lunch gaps), some days closed. */
    static CalendarDocument randomDocument(Random r, String zone) {
        Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextInt(7) == 0) {
                continue;
            }
            List<OpeningPeriod> periods = new ArrayList<>();
            int minute = 6 * 60 + r.nextInt(4 * 60);
            int count = 1 + r.nextInt(3);
            for (int i = 0; i < count && minute < 23 * 60; i++) {
                int close = Math.min(minute + 30 + r.nextInt(5 * 60), 23 * 60 + 59);
                periods.add(new OpeningPeriod(LocalTime.of(minute / 60, minute % 60), LocalTime.of(close / 60, close % 60)));
                minute = close + 15 + r.nextInt(120);
            }
            week.put(d, periods);
        }
        List<CalendarDocument.Holiday> closures = new ArrayList<>();
        List<CalendarDocument.MakeUpDay> makeUp = new ArrayList<>();
        Map<LocalDate, Boolean> used = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(730));
            if (used.putIfAbsent(d, true) == null) {
                closures.add(new CalendarDocument.Holiday(d, "closure " + i));
            }
        }
        for (int i = 0; i < 8; i++) {
            LocalDate d = LocalDate.of(2025, 1, 4).plusWeeks(r.nextInt(100)).plusDays(r.nextInt(2)); // a weekend day
            if (used.putIfAbsent(d, true) == null && HolidayArrangement.china(d.getYear()).orElseThrow().holidays()
                    .stream().noneMatch(h -> !d.isBefore(h.from()) && !d.isAfter(h.to()))) {
                makeUp.add(new CalendarDocument.MakeUpDay(d, DayOfWeek.of(1 + r.nextInt(5))));
            }
        }
        return new CalendarDocument(zone, Map.of("service", week), closures, makeUp, List.of());
    }

    static Instant randomInstant(Random r) {
        return FIRST.plusSeconds((long) (r.nextDouble() * SPAN_SECONDS)).plusNanos(r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0);
    }

    /** The answer, or the refusal's class when refused. */
    static Object answer(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (BusinessRuleException e) {
            return BusinessRuleException.class;
        }
    }

    @Test
    void C13_fastBusinessTimeEqualsTheDayByDayWalk() {
        Random r = new Random(20261130);
        int compared = 0;
        int answered = 0;
        for (int c = 0; c < 40; c++) {
            BusinessCalendar cal = BusinessCalendar.of(randomDocument(r, c % 5 == 0 ? "Europe/Berlin" : "Asia/Shanghai"));
            for (int i = 0; i < 150; i++) {
                Instant start = randomInstant(r);
                Duration d = switch (r.nextInt(4)) {
                    case 0 -> Duration.ofMinutes(r.nextInt(600));
                    case 1 -> Duration.ofHours(r.nextInt(90 * 8));
                    case 2 -> Duration.ofSeconds(r.nextInt(3 * 3600), r.nextInt(1000));
                    default -> Duration.ZERO;
                };
                Object fast = answer(() -> cal.plus(DEPT, start, d));
                Object slow = answer(() -> DayWalk.plus(cal, DEPT, start, d));
                assertThat(fast).as("plus %s %s", start, d).isEqualTo(slow);
                Instant end = r.nextBoolean() ? randomInstant(r) : start.plus(Duration.ofMinutes(r.nextInt(90 * 24 * 60)));
                Object fastBetween = answer(() -> cal.between(DEPT, start, end));
                Object slowBetween = answer(() -> DayWalk.between(cal, DEPT, start, end));
                assertThat(fastBetween).as("between %s %s", start, end).isEqualTo(slowBetween);
                if (fast instanceof Instant due) {
                    assertThat(cal.between(DEPT, start, due)).isEqualTo(d);
                    answered++;
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(6000);
        assertThat(answered).as("most spans end inside the covered years").isGreaterThan(4500);
    }

    @Test
    void C13_sameInstantsWhateverTheDefaultTimeZone() {
        TimeZone before = TimeZone.getDefault();
        List<Object> answers = new ArrayList<>();
        try {
            for (String zone : List.of("Asia/Shanghai", "America/New_York", "Pacific/Kiritimati", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Random r = new Random(7);
                BusinessCalendar cal = BusinessCalendar.of(randomDocument(r, null));
                List<Object> mine = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Instant start = randomInstant(r);
                    Duration d = Duration.ofMinutes(r.nextInt(60 * 200));
                    mine.add(answer(() -> cal.plus(DEPT, start, d)));
                    mine.add(answer(() -> cal.between(DEPT, start, start.plus(d))));
                }
                if (answers.isEmpty()) {
                    answers.addAll(mine);
                } else {
                    assertThat(mine).as("default zone %s", zone).isEqualTo(answers);
                }
            }
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(answers).hasSize(400);
    }
}
