package org.aftersales.serviceflow;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.error.RefusalDetail;

/**
 * Why a booking or dispatch on a full day was refused, as data: the nearest days on which the
 * same hours still fit, to offer the customer instead (F2).
 *
 * @param days the nearest free days, earliest first
 */
public record FreeDays(List<LocalDate> days) implements RefusalDetail {

    /** Copies the list. */
    public FreeDays {
        days = List.copyOf(days);
    }
}
