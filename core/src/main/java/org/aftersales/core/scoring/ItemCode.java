package org.aftersales.core.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a standard item, unique within its catalogue: upper-case letters, digits and
 * single hyphens, starting with a letter, such as {@code SAL-08} or {@code FD-REC-03}. JSON
 * writes it as its plain text.
 *
 * @param value the code text
 */
public record ItemCode(@JsonValue String value) implements Comparable<ItemCode> {

    /** Checks the code's form. */
    public ItemCode {
        value = ScoringMessages.checkCode("value", value, ScoringMessages.ITEM_CODE);
    }

    /**
     * Makes a code from its text.
     *
     * @param value the code text
     * @return the code
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid code
     */
    @JsonCreator
    public static ItemCode of(String value) {
        return new ItemCode(value);
    }

    @Override
    public int compareTo(ItemCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
