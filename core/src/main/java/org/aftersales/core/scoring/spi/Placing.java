package org.aftersales.core.scoring.spi;

import java.util.Objects;
import org.aftersales.core.scoring.GradingScheme;
import org.aftersales.core.scoring.Score;
import org.aftersales.core.scoring.Subject;

/**
 * What a {@link RewardPolicy} sees of one ranked subject.
 *
 * @param rank the subject's rank, 1 for the best (ties share a rank)
 * @param fieldSize how many subjects were ranked
 * @param subject who
 * @param score the subject's score and grade
 * @param scheme the grading scheme in force
 */
public record Placing(int rank, int fieldSize, Subject subject, Score score, GradingScheme scheme) {

    /** Checks the parts. */
    public Placing {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scheme, "scheme");
        if (rank < 1 || rank > fieldSize) {
            throw new IllegalArgumentException("rank " + rank + " is outside 1 to " + fieldSize);
        }
    }
}
