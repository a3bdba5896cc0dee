package org.aftersales.core.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.store.Aggregate;

/**
 * A recorded assessment of a staff member or department over a period (S2): every applicable
 * item's result, observed or derived, and the score, section scores and grade worked out when
 * it was recorded. Immutable; made only by {@link Scoring#record(RecordAssessment)}.
 *
 * @param id the assessment's id
 * @param catalogue the catalogue's code
 * @param subject who was assessed
 * @param period the days covered
 * @param assessedAt when it was recorded, from the service's clock
 * @param results one result per applicable item, in catalogue order
 * @param score the overall score and grade
 * @param sections the score of each section, in catalogue order
 */
public record Assessment(
        AssessmentId id,
        String catalogue,
        Subject subject,
        AssessmentPeriod period,
        Instant assessedAt,
        List<ItemResult> results,
        Score score,
        List<SectionScore> sections) implements Aggregate<AssessmentId> {

    /** Checks every part is present. */
    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(score, "score");
        results = List.copyOf(results);
        sections = List.copyOf(sections);
    }

    /**
     * The result of one item.
     *
     * @param item the item code
     * @return its result, or empty when the item did not apply
     */
    public Optional<ItemResult> result(ItemCode item) {
        return results.stream().filter(r -> r.item().equals(item)).findFirst();
    }
}
