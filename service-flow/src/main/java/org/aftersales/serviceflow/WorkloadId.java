package org.aftersales.serviceflow;

import java.time.LocalDate;
import org.aftersales.core.id.Identifier;

/**
 * The id of one team's (or bay's) working day: {@code team/2026-12-01}.
 *
 * @param value the id text
 */
public record WorkloadId(String value) implements Identifier {

    /** Checks the text as every id does. */
    public WorkloadId {
        value = Identifier.normalise("workload id", value);
    }

    /**
     * The id of a team's day.
     *
     * @param team the team
     * @param day the day
     * @return the id
     */
    public static WorkloadId of(String team, LocalDate day) {
        return new WorkloadId(team + "/" + day);
    }
}
