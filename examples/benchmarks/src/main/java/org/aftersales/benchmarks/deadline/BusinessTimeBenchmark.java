package org.aftersales.benchmarks.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.calendar.DayWalk;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Business time over 90-day spans (C13): {@link BusinessCalendar#plus} and
 * {@link BusinessCalendar#between}, answered from precomputed working periods with two binary
 * searches, beside the day-by-day walk they replaced ({@link DayWalk}, the baseline) in the same
 * run. The spans start at 1 024 random instants in 2025 and 2026 (before October 2026, so every
 * span ends in a covered year), on a calendar with a lunch gap, the shipped holiday
 * arrangements and a closure. {@code plus} adds the business time the department works in the
 * 90 days after the start (about 500 hours). Goal: both under 0.5 us and at least 15x faster
 * than the walk.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar BusinessTimeBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BusinessTimeBenchmark {

    static final int SPANS = 1024;

    BusinessCalendar calendar;
    final Instant[] from = new Instant[SPANS];
    final Instant[] to = new Instant[SPANS];
    final Duration[] worked = new Duration[SPANS];
    int next;

    /** Picks the spans and checks both ways agree on them. */
    @Setup
    public void setUp() {
        calendar = Calendars.service();
        Random random = new Random(90);
        Instant first = Instant.parse("2024-12-31T16:00:00Z");
        long range = Duration.ofDays(630).toSeconds();
        for (int i = 0; i < SPANS; i++) {
            from[i] = first.plusSeconds((long) (random.nextDouble() * range));
            to[i] = from[i].plus(Duration.ofDays(90));
            worked[i] = calendar.between(Calendars.SERVICE, from[i], to[i]);
            if (!DayWalk.between(calendar, Calendars.SERVICE, from[i], to[i]).equals(worked[i])
                    || !DayWalk.plus(calendar, Calendars.SERVICE, from[i], worked[i])
                            .equals(calendar.plus(Calendars.SERVICE, from[i], worked[i]))) {
                throw new IllegalStateException("the fast and the day-by-day answers differ at " + from[i]);
            }
        }
    }

    private int index() {
        int i = next;
        next = (i + 1) & (SPANS - 1);
        return i;
    }

    /** @return the end of about 500 business hours, precomputed */
    @Benchmark
    public Instant plus() {
        int i = index();
        return calendar.plus(Calendars.SERVICE, from[i], worked[i]);
    }

    /** @return the business time in 90 days, precomputed */
    @Benchmark
    public Duration between() {
        int i = index();
        return calendar.between(Calendars.SERVICE, from[i], to[i]);
    }

    /** @return the same as {@link #plus()}, walking day by day (baseline) */
    @Benchmark
    public Instant plusDayByDay() {
        int i = index();
        return DayWalk.plus(calendar, Calendars.SERVICE, from[i], worked[i]);
    }

    /** @return the same as {@link #between()}, walking day by day (baseline) */
    @Benchmark
    public Duration betweenDayByDay() {
        int i = index();
        return DayWalk.between(calendar, Calendars.SERVICE, from[i], to[i]);
    }
}
