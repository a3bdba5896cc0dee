package org.aftersales.core.deadline;

import java.util.List;

/**
 * A timed standard (C13), such as {@code answer-parts-request} within 5 business minutes:
 * its code, its target and its escalation steps. Deadlines copy the standard when they are
 * set; {@link Deadlines#useStandard(Standard)} changes it for every open deadline.
 *
 * @param code the stable code, such as {@code reconfirm-before-arrival}
 * @param target how long the deadline runs
 * @param steps escalation steps, in ascending share; at most {@value #MAX_STEPS}
 */
public record Standard(String code, Target target, List<EscalationStep> steps) {

    /** Most escalation steps one standard may have. */
    public static final int MAX_STEPS = 16;

    /** Checks the parts and the order of the steps. */
    public Standard {
        var v = DeadlineMessages.violations().requiredText("code", code).required("target", target);
        steps = steps == null ? List.of() : steps;
        if (steps.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("steps", "required");
        } else {
            if (steps.size() > MAX_STEPS) {
                v.add("steps", "deadline.tooManySteps", steps.size(), MAX_STEPS);
            }
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).percent() <= steps.get(i - 1).percent()) {
                    v.add("steps[" + i + "].percent", "deadline.stepOrder", steps.get(i).percent(),
                            steps.get(i - 1).percent());
                }
            }
        }
        v.throwIfPresent();
        steps = List.copyOf(steps);
    }
}
