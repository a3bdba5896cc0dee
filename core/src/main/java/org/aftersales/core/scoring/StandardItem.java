package org.aftersales.core.scoring;

import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;

/**
 * One item of a service standard (S1): what is expected, in English and Chinese, how binding
 * it is, what it is worth, whom it applies to and how it is evidenced.
 *
 * @param code the item's code, unique in its catalogue
 * @param text what is expected
 * @param level must or should
 * @param points what the item is worth, 1 to {@value CatalogueRules#MAX_POINTS}
 * @param appliesTo the roles and departments it applies to
 * @param evidence observed by an assessor or derived from events
 * @param derivation how a derived item is computed; null for an observed item
 */
public record StandardItem(
        ItemCode code,
        LocalizedText text,
        Level level,
        int points,
        Applicability appliesTo,
        EvidenceSource evidence,
        Derivation derivation) {

    /** Checks every part, listing every problem. */
    public StandardItem {
        Violations v = ScoringMessages.violations();
        CatalogueRules.required(v, "code", code);
        CatalogueRules.required(v, "text", text);
        CatalogueRules.required(v, "level", level);
        CatalogueRules.points(v, "points", points);
        CatalogueRules.required(v, "appliesTo", appliesTo);
        CatalogueRules.required(v, "evidence", evidence);
        CatalogueRules.evidence(v, "", evidence, derivation != null);
        v.throwIfPresent();
    }

    /**
     * An item an assessor observes.
     *
     * @param code the code
     * @param text what is expected
     * @param level must or should
     * @param points its worth
     * @param appliesTo whom it applies to
     * @return the item
     */
    public static StandardItem observed(String code, LocalizedText text, Level level, int points, Applicability appliesTo) {
        return new StandardItem(ItemCode.of(code), text, level, points, appliesTo, EvidenceSource.OBSERVED, null);
    }

    /**
     * An item derived from events.
     *
     * @param code the code
     * @param text what is expected
     * @param level must or should
     * @param points its worth
     * @param appliesTo whom it applies to
     * @param derivation how it is computed
     * @return the item
     */
    public static StandardItem derived(
            String code, LocalizedText text, Level level, int points, Applicability appliesTo, Derivation derivation) {
        return new StandardItem(ItemCode.of(code), text, level, points, appliesTo, EvidenceSource.DERIVED, derivation);
    }

    /** @return how a derived item is computed, empty for an observed one */
    public Optional<Derivation> derivationIfAny() {
        return Optional.ofNullable(derivation);
    }
}
