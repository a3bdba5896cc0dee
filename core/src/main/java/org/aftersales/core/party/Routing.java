package org.aftersales.core.party;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.id.StaffId;

/**
 * The answer to "who takes this work?" (C4): the person found, the chain of absent people
 * that was followed to reach them, and, when nobody is available, who decides instead.
 *
 * @param assignee who takes the work, or empty when nobody in the chain is available
 * @param skipped the absent people passed over, in order, starting with the one asked for
 * @param decider the department manager who decides when nobody is available, or empty when
 *     someone was found
 * @param loop true when the chain came back to someone already asked
 */
public record Routing(Optional<StaffId> assignee, List<StaffId> skipped, Optional<StaffId> decider, boolean loop) {

    /** Copies the chain. */
    public Routing {
        skipped = List.copyOf(skipped);
    }

    /** @return true when someone takes the work */
    public boolean assigned() {
        return assignee.isPresent();
    }
}
