package org.aftersales.core.id;

import org.aftersales.core.value.InputText;


/**
 * Identifies a part in the part master: the maker's part number (件号).
 *
 * @param value the id text
 */
public record PartNumber(String value) implements Identifier, Comparable<PartNumber> {

    /**
     * Normalises the text as people type it (full-width characters folded, letters upper-case,
     * spaces and dashes between groups made one hyphen, see
     * {@link org.aftersales.core.value.InputText#partNumber}), then checks it as every id is
     * checked; see {@link Identifier}.
     */
    public PartNumber {
        value = Identifier.normalise("PartNumber", value == null ? null : InputText.partNumber(value));
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static PartNumber of(String value) {
        return new PartNumber(value);
    }

    @Override
    public int compareTo(PartNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
