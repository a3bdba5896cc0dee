package org.aftersales.console;

import java.time.Duration;
import java.time.Instant;

/**
 * The lounge board's traffic light for one repair order: green while the promise is safe (and
 * for a car that is ready), yellow when the promised time is less than
 * {@link #DEFAULT_WARNING} away, red once it has passed. The warning lead is our default; a
 * dealership changes it with {@link #of(Instant, Instant, boolean, Duration)}.
 */
enum BoardLight {
    /** On time. */
    GREEN,
    /** The promised time is near. */
    YELLOW,
    /** Late. */
    RED;

    /** How long before the promised time the light turns yellow: 30 minutes. */
    static final Duration DEFAULT_WARNING = Duration.ofMinutes(30);

    /**
     * @param now the time now
     * @param promised the promised time, null when none was given yet
     * @param ready whether the car is ready (then the promise is kept)
     * @param warning how long before the promise the light turns yellow
     * @return the light
     */
    static BoardLight of(Instant now, Instant promised, boolean ready, Duration warning) {
        if (ready || promised == null) {
            return GREEN;
        }
        if (now.isAfter(promised)) {
            return RED;
        }
        return now.plus(warning).isBefore(promised) ? GREEN : YELLOW;
    }

    /**
     * Hides a plate for a public screen (personal information law): the province and the
     * issuing letter stay, then three stars, then the last two characters, so a customer still
     * knows their own car. {@code 粤B12345} becomes {@code 粤B***45}.
     *
     * @param plate the plate, or null
     * @return the masked plate; {@code ***} when the plate is too short to show any of it
     */
    static String maskPlate(String plate) {
        if (plate == null) {
            return "***";
        }
        int[] cps = plate.strip().codePoints().filter(c -> c != '·' && c != ' ').toArray();
        if (cps.length < 5) {
            return "***";
        }
        return new String(cps, 0, 2) + "***" + new String(cps, cps.length - 2, 2);
    }
}
