package org.aftersales.serviceflow.solicitation;

import org.aftersales.core.id.Identifier;

/**
 * Identifies an invitation, by its number ({@code IV-2026-000001}).
 *
 * @param value the id text
 */
public record InvitationId(String value) implements Identifier, Comparable<InvitationId> {

    /** Checks the id text; see {@link Identifier}. */
    public InvitationId {
        value = Identifier.normalise("InvitationId", value);
    }

    /**
     * @param value the id text
     * @return the id
     */
    public static InvitationId of(String value) {
        return new InvitationId(value);
    }

    @Override
    public int compareTo(InvitationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
