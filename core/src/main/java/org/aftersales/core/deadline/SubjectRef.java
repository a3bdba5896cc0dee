package org.aftersales.core.deadline;

/**
 * What a deadline or notification is about: a repair order, a complaint, a parts request,
 * named by its kind and its id, so that core needs no type of the domain modules.
 *
 * @param kind the kind, such as {@code repair-order}
 * @param id the subject's id text, such as {@code RO-2026-000123}
 */
public record SubjectRef(String kind, String id) {

    /** Checks both parts are given. */
    public SubjectRef {
        DeadlineMessages.violations().requiredText("kind", kind).requiredText("id", id).throwIfPresent();
    }

    /**
     * @param kind the kind
     * @param id the id text
     * @return the reference
     */
    public static SubjectRef of(String kind, String id) {
        return new SubjectRef(kind, id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
