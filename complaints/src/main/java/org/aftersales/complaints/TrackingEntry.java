package org.aftersales.complaints;

import java.time.Instant;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * One line of the complaint tracking log (K1, the register a complaint enters when it is
 * numbered): what came in, who owns it, where it stands, and how it ended.
 *
 * @param number the complaint
 * @param receivedAt when it was received
 * @param channel how it came in
 * @param receivedBy the first receiver
 * @param owner who owns it now
 * @param links the customer and what it concerns
 * @param cause its cause, or null until classified
 * @param severity how serious
 * @param category its category, or null until classified
 * @param department the responsible department, or null
 * @param stage where the handling stands
 * @param status where it stands for its limits
 * @param escalations how many escalation steps were reached
 * @param answeredInTime whether the first answer met its limit, null until closed
 * @param resolvedInTime whether the resolution met its limit, null until closed
 * @param closedAt when it was closed, or null
 * @param keptForTraining true when kept as a training case
 */
public record TrackingEntry(ComplaintNumber number, Instant receivedAt, IntakeChannel channel, StaffId receivedBy,
        StaffId owner, Links links, Cause cause, Severity severity, String category, DepartmentId department,
        Stage stage, Status status, int escalations, Boolean answeredInTime, Boolean resolvedInTime, Instant closedAt,
        boolean keptForTraining) {

    TrackingEntry apply(ComplaintEvent e) {
        TrackingEntry t = this;
        if (e instanceof ComplaintEvent.Classified x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, x.cause() != null ? x.cause()
                    : cause, x.severity(), x.category() != null ? x.category() : category, department, stage, status,
                    escalations, answeredInTime, resolvedInTime, closedAt, keptForTraining);
        } else if (e instanceof ComplaintEvent.SeverityChanged x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, x.to(), category,
                    department, stage, status, escalations, answeredInTime, resolvedInTime, closedAt, keptForTraining);
        } else if (e instanceof ComplaintEvent.HandedOver x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, x.to(), links, cause, severity, category,
                    department, stage, status, escalations, answeredInTime, resolvedInTime, closedAt, keptForTraining);
        } else if (e instanceof ComplaintEvent.Routed x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    x.department(), stage, status, escalations, answeredInTime, resolvedInTime, closedAt,
                    keptForTraining);
        } else if (e instanceof ComplaintEvent.StepTaken x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    department, x.stage(), status, escalations, answeredInTime, resolvedInTime, closedAt,
                    keptForTraining);
        } else if (e instanceof ComplaintEvent.StatusChanged x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    department, stage, x.to(), escalations, answeredInTime, resolvedInTime, closedAt, keptForTraining);
        } else if (e instanceof ComplaintEvent.Escalated) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    department, stage, status, escalations + 1, answeredInTime, resolvedInTime, closedAt,
                    keptForTraining);
        } else if (e instanceof ComplaintEvent.Closed x) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    x.department(), Stage.CLOSED, Status.CLOSED, escalations, x.answeredInTime(), x.resolvedInTime(),
                    x.metadata().occurredAt(), keptForTraining);
        } else if (e instanceof ComplaintEvent.KeptForTraining) {
            t = new TrackingEntry(number, receivedAt, channel, receivedBy, owner, links, cause, severity, category,
                    department, stage, status, escalations, answeredInTime, resolvedInTime, closedAt, true);
        }
        return t;
    }
}
