package org.aftersales.core.scoring;

import java.math.BigDecimal;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;

/**
 * The result of one item in an assessment (S2), with its evidence and who established it:
 * a staff assessor for observed items, the derivation (a system actor) for derived ones.
 *
 * @param item the item's code
 * @param outcome passed, failed, partly met or not applicable
 * @param awarded the points earned when partly met (more than 0, less than the item's points,
 *     at most 2 decimals); null for half the points; must be null for other outcomes
 * @param evidence what was seen or counted, at most {@value #MAX_EVIDENCE} characters
 * @param assessor who established the result
 */
public record ItemResult(ItemCode item, Outcome outcome, BigDecimal awarded, String evidence, Actor assessor) {

    /** Longest evidence text, in characters. */
    public static final int MAX_EVIDENCE = 500;

    /** Checks every part, listing every problem. */
    public ItemResult {
        Violations v = ScoringMessages.violations();
        if (item == null) {
            v.add("item", "scoring.required");
        }
        if (outcome == null) {
            v.add("outcome", "scoring.required");
        }
        if (assessor == null) {
            v.add("assessor", "scoring.required");
        }
        if (evidence == null || evidence.isBlank()) {
            v.add("evidence", "scoring.evidence.required");
        } else if (evidence.length() > MAX_EVIDENCE) {
            v.add("evidence", "scoring.text.tooLong", evidence.length(), MAX_EVIDENCE);
        }
        if (awarded != null) {
            if (outcome != Outcome.PARTLY_MET) {
                v.add("awarded", "scoring.awarded.unexpected", outcome);
            } else if (awarded.signum() <= 0 || awarded.stripTrailingZeros().scale() > 2) {
                v.add("awarded", "scoring.awarded.form", awarded.toPlainString());
            }
        }
        v.throwIfPresent();
        evidence = evidence.strip();
    }

    /**
     * A passed item.
     *
     * @param item the item code
     * @param evidence what was seen
     * @param assessor who saw it
     * @return the result
     */
    public static ItemResult passed(String item, String evidence, Actor assessor) {
        return new ItemResult(ItemCode.of(item), Outcome.PASSED, null, evidence, assessor);
    }

    /**
     * A failed item.
     *
     * @param item the item code
     * @param evidence what was seen
     * @param assessor who saw it
     * @return the result
     */
    public static ItemResult failed(String item, String evidence, Actor assessor) {
        return new ItemResult(ItemCode.of(item), Outcome.FAILED, null, evidence, assessor);
    }

    /**
     * A partly met item earning the given points.
     *
     * @param item the item code
     * @param awarded the points earned
     * @param evidence what was seen
     * @param assessor who saw it
     * @return the result
     */
    public static ItemResult partly(String item, BigDecimal awarded, String evidence, Actor assessor) {
        return new ItemResult(ItemCode.of(item), Outcome.PARTLY_MET, awarded, evidence, assessor);
    }

    /**
     * A partly met item earning half its points.
     *
     * @param item the item code
     * @param evidence what was seen
     * @param assessor who saw it
     * @return the result
     */
    public static ItemResult partly(String item, String evidence, Actor assessor) {
        return new ItemResult(ItemCode.of(item), Outcome.PARTLY_MET, null, evidence, assessor);
    }

    /**
     * An item that does not apply this period.
     *
     * @param item the item code
     * @param reason why it does not apply
     * @param assessor who decided
     * @return the result
     */
    public static ItemResult notApplicable(String item, String reason, Actor assessor) {
        return new ItemResult(ItemCode.of(item), Outcome.NOT_APPLICABLE, null, reason, assessor);
    }
}
