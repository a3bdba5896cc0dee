package org.aftersales.core.notification;

import java.util.List;

/**
 * The text of one message code in English and Chinese, with named placeholders written as
 * {@code {name}} (C12). Checked when its catalogue is loaded: see {@link Templates}.
 *
 * @param code the message code, such as {@code booking.route}
 * @param placeholders the names the texts may use
 * @param en the English text
 * @param zh the Chinese text
 */
public record MessageTemplate(String code, List<String> placeholders, String en, String zh) {

    /** Copies the names. */
    public MessageTemplate {
        placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
    }

    /**
     * @param language a language
     * @return the text in it
     */
    public String text(Language language) {
        return language == Language.EN ? en : zh;
    }
}
