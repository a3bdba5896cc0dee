package org.aftersales.complaints;

/** The three time limits of a complaint (K7, K10). */
public enum Obligation {
    /** The first answer to the customer after intake. */
    FIRST_ANSWER("first-answer"),
    /** The next update to the customer after each answer, until it is resolved. */
    UPDATE("update"),
    /** The resolution: the agreed remedy delivered. */
    RESOLUTION("resolution");

    private final String code;

    Obligation(String code) {
        this.code = code;
    }

    /** @return the stable code, part of the deadline standard's code */
    public String code() {
        return code;
    }
}
