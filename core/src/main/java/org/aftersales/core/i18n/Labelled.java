package org.aftersales.core.i18n;

import java.util.Locale;

/**
 * An enum constant with a bilingual label and a stable kebab-case code for data files:
 * {@code CUSTOMER_CARE} has the code {@code customer-care}.
 */
public interface Labelled {

    /** @return the constant's name, as every enum has */
    String name();

    /** @return the name in English and Chinese */
    LocalizedText label();

    /** @return the kebab-case code, such as {@code service-advisor} */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
