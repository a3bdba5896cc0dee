package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;

/**
 * One technician's time (F17): the one clock that may be open, the minutes clocked on jobs, the
 * flat-rate ("flag") hours credited for finished jobs, and the minutes attended. Flag hours are
 * kept apart from clocked hours. Efficiency is flagged over clocked hours, productivity is clocked
 * over attended hours.
 *
 * @param id the technician
 * @param openOrder the order the open clock is on; null when none is open
 * @param openLine the labour line the open clock is on
 * @param openSince when it opened
 * @param clockedMinutes minutes clocked on jobs
 * @param flagHours flat-rate hours credited
 * @param attendedMinutes minutes present at work, as recorded
 */
public record TechnicianTime(StaffId id, RepairOrderId openOrder, String openLine, Instant openSince,
        long clockedMinutes, BigDecimal flagHours, long attendedMinutes) implements Aggregate<StaffId> {

    /** Checks the parts. */
    public TechnicianTime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flagHours, "flagHours");
    }

    static TechnicianTime none(StaffId id) {
        return new TechnicianTime(id, null, null, null, 0, BigDecimal.ZERO, 0);
    }

    TechnicianTime clockOn(RepairOrderId order, String line, Instant at) {
        if (openOrder != null) {
            throw new BusinessRuleException("technician.clock-open",
                    FlowMessages.text("refusal.clockOpen", id.value(), openOrder.value(), openLine), null);
        }
        return new TechnicianTime(id, order, line, at, clockedMinutes, flagHours, attendedMinutes);
    }

    TechnicianTime clockOff(Instant at) {
        long minutes = openSince == null ? 0 : Duration.between(openSince, at).toMinutes();
        return new TechnicianTime(id, null, null, null, clockedMinutes + minutes, flagHours, attendedMinutes);
    }

    TechnicianTime credit(BigDecimal hours) {
        return new TechnicianTime(id, openOrder, openLine, openSince, clockedMinutes, flagHours.add(hours),
                attendedMinutes);
    }

    TechnicianTime attended(long minutes) {
        return new TechnicianTime(id, openOrder, openLine, openSince, clockedMinutes, flagHours,
                attendedMinutes + minutes);
    }

    /** @return flag hours over clocked hours, to two decimals; empty before any clocked time */
    public Optional<BigDecimal> efficiency() {
        return ratio(flagHours.multiply(BigDecimal.valueOf(60)), BigDecimal.valueOf(clockedMinutes));
    }

    /** @return clocked over attended hours, to two decimals; empty before any attendance */
    public Optional<BigDecimal> productivity() {
        return ratio(BigDecimal.valueOf(clockedMinutes), BigDecimal.valueOf(attendedMinutes));
    }

    static Optional<BigDecimal> ratio(BigDecimal over, BigDecimal under) {
        return under.signum() == 0 ? Optional.empty() : Optional.of(over.divide(under, 2, RoundingMode.HALF_UP));
    }
}
