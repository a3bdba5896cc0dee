package org.aftersales.serviceflow;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision of a repair order's estimate (F5, F19). The customer approves exactly one
 * revision, possibly declining some of its lines; any change makes a new revision that needs its
 * own approval. A revision replaced before approval is {@linkplain Status#SUPERSEDED superseded}
 * and never charged.
 *
 * @param number 1 for the first estimate, then 2, 3...
 * @param lines the lines this revision proposes (new lines, or lines replacing earlier ones by key)
 * @param reason why the revision was made (first estimate, added work found, new price...)
 * @param status its status
 * @param declined the keys of the lines the customer declined when approving
 * @param signature the reference of the customer's signature, once approved
 * @param decidedAt when the customer approved or declined it
 */
public record Revision(int number, List<EstimateLine> lines, String reason, Status status, Set<String> declined,
        String signature, Instant decidedAt) {

    /** Where a revision stands. */
    public enum Status {
        /** Waiting for the customer. */
        PROPOSED,
        /** Approved (all lines but the declined ones). */
        APPROVED,
        /** Declined as a whole. */
        DECLINED,
        /** Replaced by a later revision before the customer decided. */
        SUPERSEDED
    }

    /** Copies the lists. */
    public Revision {
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        declined = Set.copyOf(declined);
    }

    /** @return the lines the customer accepted; empty unless approved */
    public List<EstimateLine> approvedLines() {
        if (status != Status.APPROVED) {
            return List.of();
        }
        return lines.stream().filter(l -> !declined.contains(l.key())).toList();
    }

    Revision decided(Status to, Set<String> declinedKeys, String signatureRef, Instant at) {
        return new Revision(number, lines, reason, to, declinedKeys, signatureRef, at);
    }
}
