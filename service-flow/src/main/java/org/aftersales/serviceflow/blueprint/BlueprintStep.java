package org.aftersales.serviceflow.blueprint;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.party.Role;

/**
 * One step of the service blueprint (F15).
 *
 * @param code the step's stable code, such as {@code reconfirm}
 * @param lane its lane
 * @param role who is responsible; null for the customer's own actions
 * @param action what happens
 * @param standard the measurable standard the step is held to
 * @param timed the code of the {@link TimedStandard} that times the step, or null
 * @param momentsOfTruth what can leave a lasting impression on the customer, good or bad
 * @param countermeasures what the dealership does so that those moments go well
 */
public record BlueprintStep(String code, Lane lane, Role role, LocalizedText action, LocalizedText standard,
        String timed, List<LocalizedText> momentsOfTruth, List<LocalizedText> countermeasures) {

    /** Copies the lists. */
    public BlueprintStep {
        momentsOfTruth = List.copyOf(momentsOfTruth);
        countermeasures = List.copyOf(countermeasures);
    }
}
