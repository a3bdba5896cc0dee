/**
 * Validation at public boundaries (C9):
 * {@link org.aftersales.core.validation.BoundaryValidator} runs Jakarta Validation (Hibernate
 * Validator) on a command and reports every violation, with path, code and English and
 * Chinese message, as one {@link org.aftersales.core.error.ValidationException}.
 */
package org.aftersales.core.validation;
