package org.aftersales.complaints.spi;

import java.util.List;
import org.aftersales.complaints.Obligation;
import org.aftersales.complaints.Severity;
import org.aftersales.complaints.SlaTargets;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.plugin.Plugin;

/**
 * The time limits of complaints (K7, K10): per severity, the targets for the first answer,
 * each update and the resolution, in business time on the complaint desk's calendar, and the
 * escalation steps of each limit.
 *
 * <p><b>Discovery and order.</b> A {@link Plugin} hosted by
 * {@link org.aftersales.core.plugin.PluginHost}: registered with
 * {@code ComplaintDesk.builder().slaPolicy(..)}, or found with {@link java.util.ServiceLoader}
 * when the builder's {@code discoverPlugins()} is set. The policy with the lowest order is
 * used; when none is given the desk uses {@code StandardSlaPolicy}. A policy changed at run
 * time with {@code ComplaintDesk.usePolicy(..)} recomputes every open complaint's limits from
 * the start.
 *
 * <p><b>Failure.</b> A policy that throws is reported as
 * {@link org.aftersales.core.error.PluginFailureException} with its id, when the desk is built
 * or the policy changed; nothing is stored. Implementations must be pure and thread-safe.
 */
public interface SlaPolicy extends Plugin {

    /**
     * The targets of a severity.
     *
     * @param severity the severity
     * @return its targets
     */
    SlaTargets targets(Severity severity);

    /**
     * The escalation steps of a limit, in ascending share of its target. Reaching 100% or more
     * also tells the customer, respecting quiet hours.
     *
     * @param severity the severity
     * @param obligation the limit
     * @return the steps
     */
    List<EscalationStep> steps(Severity severity, Obligation obligation);
}
