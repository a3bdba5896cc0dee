package org.aftersales.core.error;


/** Something looked up by its id does not exist. */
public final class NotFoundException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * Creates the exception.
     *
     * @param kind what was looked for, such as {@code repair order}
     * @param id the id that was not found
     */
    public NotFoundException(String kind, String id) {
        super("not-found", ErrorMessages.MESSAGES.text("notFound", kind, id), null);
        this.kind = kind;
        this.id = id;
    }

    /** @return what was looked for */
    public String kind() {
        return kind;
    }

    /** @return the id that was not found */
    public String id() {
        return id;
    }
}
