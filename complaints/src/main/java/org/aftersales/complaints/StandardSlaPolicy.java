package org.aftersales.complaints;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.complaints.spi.SlaPolicy;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.EscalationStep.Escalation;

/**
 * The desk's default time limits (K10). The seeds ask for a first answer "at once" and a quick
 * resolution without numbers, so these are <b>our defaults</b>, in business hours on the
 * desk's calendar:
 * <table>
 *   <caption>Default targets</caption>
 *   <tr><th>Severity</th><th>First answer</th><th>Update</th><th>Resolution</th></tr>
 *   <tr><td>CRITICAL</td><td>1 h</td><td>4 h</td><td>16 h (two working days)</td></tr>
 *   <tr><td>HIGH</td><td>2 h</td><td>8 h</td><td>24 h</td></tr>
 *   <tr><td>NORMAL</td><td>4 h</td><td>16 h</td><td>40 h</td></tr>
 *   <tr><td>LOW</td><td>8 h</td><td>24 h</td><td>80 h</td></tr>
 * </table>
 * Escalation of every limit: the owner is reminded at 80% of the target, the owner's manager
 * is told at 100% (and the customer is told it went to the manager). Change them with
 * {@link #withTargets(Severity, SlaTargets)} and {@link #withSteps(List)}, or supply another
 * {@link SlaPolicy}. Immutable.
 */
public final class StandardSlaPolicy implements SlaPolicy {

    /** The plugin id. */
    public static final String ID = "standard-sla";

    private final Map<Severity, SlaTargets> targets;
    private final List<EscalationStep> steps;
    private final String id;

    private StandardSlaPolicy(String id, Map<Severity, SlaTargets> targets, List<EscalationStep> steps) {
        this.id = id;
        this.targets = targets;
        this.steps = steps;
    }

    /** @return the policy with our default targets and steps */
    public static StandardSlaPolicy defaults() {
        Map<Severity, SlaTargets> t = new EnumMap<>(Severity.class);
        t.put(Severity.CRITICAL, new SlaTargets(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(16)));
        t.put(Severity.HIGH, new SlaTargets(Duration.ofHours(2), Duration.ofHours(8), Duration.ofHours(24)));
        t.put(Severity.NORMAL, new SlaTargets(Duration.ofHours(4), Duration.ofHours(16), Duration.ofHours(40)));
        t.put(Severity.LOW, new SlaTargets(Duration.ofHours(8), Duration.ofHours(24), Duration.ofHours(80)));
        return new StandardSlaPolicy(ID, Map.copyOf(t),
                List.of(EscalationStep.at(80, Escalation.OWNER), EscalationStep.at(100, Escalation.OWNER_MANAGER)));
    }

    /**
     * The same policy with other targets for one severity.
     *
     * @param severity the severity
     * @param newTargets its targets
     * @return a new policy
     */
    public StandardSlaPolicy withTargets(Severity severity, SlaTargets newTargets) {
        Map<Severity, SlaTargets> t = new EnumMap<>(targets);
        t.put(Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(newTargets, "targets"));
        return new StandardSlaPolicy(id, Map.copyOf(t), steps);
    }

    /**
     * The same policy with other escalation steps for every limit.
     *
     * @param newSteps the steps, in ascending share
     * @return a new policy
     */
    public StandardSlaPolicy withSteps(List<EscalationStep> newSteps) {
        return new StandardSlaPolicy(id, targets, List.copyOf(newSteps));
    }

    /**
     * The same policy under another plugin id.
     *
     * @param newId the id
     * @return a new policy
     */
    public StandardSlaPolicy withId(String newId) {
        return new StandardSlaPolicy(Objects.requireNonNull(newId, "id"), targets, steps);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public SlaTargets targets(Severity severity) {
        return targets.get(severity);
    }

    @Override
    public List<EscalationStep> steps(Severity severity, Obligation obligation) {
        return steps;
    }
}
