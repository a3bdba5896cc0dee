/**
 * Validation at public boundaries (C9):
 * {@link org.aftersales.core.validation.BoundaryValidator} runs Jakarta Validation (Hibernate
 * Validator) on a command and reports every violation, with path, code and English and
 * Chinese message, as one {@link org.aftersales.core.error.ValidationException} listing at most
 * {@link org.aftersales.core.error.Violations#DEFAULT_MAX_LISTED} of them. Depends on
 * {@code error} and {@code i18n} only; the texts of the built-in constraints are in the bundles
 * {@code org.aftersales.core.validation.messages}.
 */
package org.aftersales.core.validation;
