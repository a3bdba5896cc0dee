package org.aftersales.core.deadline;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.aftersales.core.id.Identifier;

/**
 * Identifies a deadline. Usually derived from its subject and standard with
 * {@link #of(SubjectRef, String)}, so that setting the same deadline twice finds the first.
 *
 * @param value the id text
 */
public record DeadlineId(String value) implements Identifier, Comparable<DeadlineId> {

    /** Checks the id text; see {@link Identifier}. */
    public DeadlineId {
        value = Identifier.normalise("DeadlineId", value);
    }

    /**
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static DeadlineId of(String value) {
        return new DeadlineId(value);
    }

    /**
     * The id of a subject's deadline under a standard: {@code kind/id/standard} when that fits
     * in {@value Identifier#MAX_LENGTH} characters, else a name-based UUID of that text.
     *
     * @param subject the subject
     * @param standard the standard's code
     * @return the id, the same for the same subject and standard
     */
    public static DeadlineId of(SubjectRef subject, String standard) {
        String text = subject.kind() + "/" + subject.id() + "/" + standard;
        if (text.length() > Identifier.MAX_LENGTH || text.codePoints().anyMatch(Character::isWhitespace)) {
            text = UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return new DeadlineId(text);
    }

    @Override
    public int compareTo(DeadlineId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
