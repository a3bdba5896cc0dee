package org.aftersales.complaints;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;

/**
 * Complaint statistics over a period (K9), read from the tracking log: counts by category,
 * cause, responsible department and month; the customers who complained more than once; the
 * share of closed complaints answered and resolved in time per department; and the cases kept
 * for training.
 *
 * @param received how many complaints were received in the period
 * @param byCategory received, by category code ({@code -} while unclassified)
 * @param byCause received and classified, by cause
 * @param byDepartment received, by responsible department id ({@code -} while none)
 * @param byMonth received, by month in the calendar's zone
 * @param repeatComplainers customers with at least two complaints in the period, with their count
 * @param answeredInTime per department: closed complaints answered in time, of those closed
 * @param resolvedInTime per department: closed complaints resolved in time, of those closed
 * @param trainingCases the cases kept for training
 */
public record ComplaintStatistics(int received, Map<String, Long> byCategory, Map<Cause, Long> byCause,
        Map<String, Long> byDepartment, Map<YearMonth, Long> byMonth, Map<CustomerId, Long> repeatComplainers,
        Map<String, Share> answeredInTime, Map<String, Share> resolvedInTime, List<ComplaintNumber> trainingCases) {

    /**
     * A share: so many of so many.
     *
     * @param count how many met it
     * @param of how many were counted
     */
    public record Share(long count, long of) {

        /** @return the share in percent, 0 when nothing was counted */
        public double percent() {
            return of == 0 ? 0 : 100.0 * count / of;
        }
    }
}
