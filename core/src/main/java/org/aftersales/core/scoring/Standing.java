package org.aftersales.core.scoring;

import java.util.Objects;
import org.aftersales.core.id.AssessmentId;

/**
 * One subject's place in a {@link Ranking}.
 *
 * @param rank 1 for the best; tied subjects share a rank and the next rank skips (1, 2, 2, 4)
 * @param subject who
 * @param assessment the assessment ranked
 * @param score its score
 * @param decision the reward and penalty policy's decision
 */
public record Standing(int rank, Subject subject, AssessmentId assessment, Score score, Decision decision) {

    /** Checks the parts. */
    public Standing {
        if (rank < 1) {
            throw new IllegalArgumentException("rank " + rank + " is below 1");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(decision, "decision");
    }
}
