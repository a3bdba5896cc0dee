package org.aftersales.complaints;

import java.time.Duration;

/**
 * The time limits of one severity (K10), each in business time on the complaint desk's
 * calendar.
 *
 * @param firstAnswer from intake to the first answer to the customer
 * @param update from each answer to the next, until resolved
 * @param resolution from intake to the remedy delivered
 */
public record SlaTargets(Duration firstAnswer, Duration update, Duration resolution) {

    /** Checks each target is positive. */
    public SlaTargets {
        var v = ComplaintMessages.violations();
        check(v, "firstAnswer", firstAnswer);
        check(v, "update", update);
        check(v, "resolution", resolution);
        v.throwIfPresent();
    }

    private static void check(org.aftersales.core.error.Violations v, String path, Duration d) {
        if (d == null) {
            v.add(path, "required");
        } else if (d.isNegative() || d.isZero()) {
            v.add(path, "complaint.target", d);
        }
    }

    /**
     * @param obligation an obligation
     * @return its target
     */
    public Duration of(Obligation obligation) {
        return switch (obligation) {
            case FIRST_ANSWER -> firstAnswer;
            case UPDATE -> update;
            case RESOLUTION -> resolution;
        };
    }
}
