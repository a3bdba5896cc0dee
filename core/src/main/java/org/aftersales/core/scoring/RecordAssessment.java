package org.aftersales.core.scoring;

import java.util.List;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.AssessmentId;

/**
 * The command to record an assessment (S2): the observed results of a subject over a period
 * against one catalogue. Every observed item that applies to the subject needs exactly one
 * result; derived items are computed by {@link Scoring} and must not be given.
 *
 * @param id the new assessment's id
 * @param catalogue the catalogue's code
 * @param subject who is assessed
 * @param period the days covered
 * @param observations one result per observed item that applies
 */
public record RecordAssessment(
        AssessmentId id, String catalogue, Subject subject, AssessmentPeriod period, List<ItemResult> observations) {

    /** Checks every part is present, listing every problem. */
    public RecordAssessment {
        Violations v = ScoringMessages.violations();
        CatalogueRules.required(v, "id", id);
        CatalogueRules.required(v, "catalogue", catalogue);
        CatalogueRules.required(v, "subject", subject);
        CatalogueRules.required(v, "period", period);
        if (observations == null) {
            v.add("observations", "scoring.required");
        } else if (observations.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("observations", "scoring.nullElement");
        }
        v.throwIfPresent();
        observations = List.copyOf(observations);
    }
}
