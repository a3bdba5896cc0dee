package org.aftersales.core.id;

/**
 * A typed identifier (C1). Every entity has its own id type, so a staff id can never be passed
 * where a customer id is meant. Ids are opaque, non-blank text of at most
 * {@value #MAX_LENGTH} characters without spaces or control characters; JSON writes an id
 * as its plain text.
 */
public interface Identifier {

    /** Longest id accepted. */
    int MAX_LENGTH = 64;

    /** @return the id as text */
    String value();
}
