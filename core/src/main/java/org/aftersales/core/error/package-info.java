/**
 * The exception family of the library. {@link org.aftersales.core.error.AftersalesException}
 * is the unchecked root; every subclass carries a stable code and a message in English and
 * Simplified Chinese. {@link org.aftersales.core.error.ValidationException} lists every
 * {@link org.aftersales.core.error.Violation} of a bad input, collected with
 * {@link org.aftersales.core.error.Violations}. Depends only on {@code i18n}.
 */
package org.aftersales.core.error;
