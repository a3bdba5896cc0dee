package org.aftersales.serviceflow;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics of follow-up remarks in a period (F13), from {@link FollowUpStatistics}. Maps
 * are sorted by key; a tag counts once per call that carries it.
 *
 * @param reached calls that reached the customer
 * @param unreached calls that did not
 * @param unhappy reached calls with a score below the threshold
 * @param scores calls per satisfaction score
 * @param byTag calls per tag
 * @param byAdvisor per advisor of the order, calls per tag
 * @param byMonth per month of the call, calls per tag
 * @param training the orders called in the period that are kept for training, with the lesson
 * @param calls the reached calls counted
 */
public record RemarkStatistics(long reached, long unreached, long unhappy, Map<Integer, Long> scores,
        Map<String, Long> byTag, Map<String, Map<String, Long>> byAdvisor, Map<YearMonth, Map<String, Long>> byMonth,
        Map<String, String> training, List<Call> calls) {

    /** Copies everything. */
    public RemarkStatistics {
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
        byTag = Collections.unmodifiableMap(new TreeMap<>(byTag));
        byAdvisor = Collections.unmodifiableMap(new TreeMap<>(byAdvisor));
        byMonth = Collections.unmodifiableMap(new TreeMap<>(byMonth));
        training = Collections.unmodifiableMap(new TreeMap<>(training));
        calls = List.copyOf(calls);
    }

    /**
     * One reached call as the statistics count it.
     *
     * @param order the repair order
     * @param advisor the order's advisor
     * @param at when the call was made
     * @param month its month, in the statistics' zone
     * @param satisfaction the score
     * @param unhappy whether the score was below the threshold
     * @param tags the tags
     */
    public record Call(String order, String advisor, Instant at, YearMonth month, int satisfaction, boolean unhappy,
            List<String> tags) {

        /** Copies the tags. */
        public Call {
            tags = List.copyOf(tags);
        }
    }
}
