package org.aftersales.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks commands at a public boundary with Jakarta Validation (C9) and reports every broken
 * constraint at once as one {@link ValidationException}: each {@link Violation} carries the
 * property path, a code and a message in English and Simplified Chinese.
 *
 * <p>Codes and messages: a constraint whose message is a key in braces, such as
 * {@code @NotBlank(message = "{order.customerWords}")}, takes that key as its code and its
 * texts from the catalogues given to {@link #create(Messages...)}; a built-in constraint
 * ({@code @NotNull}, {@code @Size}, {@code @Min}, ...) takes its simple name as code and its
 * texts from the core catalogue, with the annotation's attributes filled in; anything else
 * falls back to Hibernate Validator's own English and Chinese messages.
 *
 * <p>Hibernate Validator is built with {@link ParameterMessageInterpolator}, so no expression
 * language is needed. A module whose commands are checked must open their package to
 * {@code org.hibernate.validator}. Instances are immutable and thread-safe; build one per
 * application and share it.
 */
public final class BoundaryValidator implements AutoCloseable {

    private final ValidatorFactory factory;
    private final Validator validator;
    private final MessageInterpolator interpolator;
    private final List<Messages> catalogues;

    private BoundaryValidator(ValidatorFactory factory, List<Messages> catalogues) {
        this.factory = factory;
        this.validator = factory.getValidator();
        this.interpolator = factory.getMessageInterpolator();
        this.catalogues = catalogues;
    }

    /**
     * Builds a validator.
     *
     * @param catalogues message catalogues of the calling modules, searched in order before
     *     the core catalogue
     * @return the validator
     */
    public static BoundaryValidator create(Messages... catalogues) {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        List<Messages> all = new ArrayList<>(List.of(catalogues));
        all.add(ValidationMessages.MESSAGES);
        return new BoundaryValidator(factory, List.copyOf(all));
    }

    /**
     * Checks a command and returns it unchanged when it is valid.
     *
     * @param command the command
     * @param <T> its type
     * @return the command
     * @throws ValidationException listing every violation, sorted by path (at most
     *     {@link Violations#DEFAULT_MAX_LISTED}, with the number of the others); a missing
     *     command is one {@code required} violation
     */
    public <T> T check(T command) {
        List<Violation> found = violations(command);
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
        return command;
    }

    /**
     * Every violation of a command, sorted by path then code.
     *
     * @param command the command
     * @return the violations, empty when valid; one {@code required} violation when the
     *     command is null
     */
    public List<Violation> violations(Object command) {
        if (command == null) {
            return new Violations(ValidationMessages.MESSAGES).required("", null).list();
        }
        Set<ConstraintViolation<Object>> raw = validator.validate(command);
        List<Violation> out = new ArrayList<>(raw.size());
        for (ConstraintViolation<Object> cv : raw) {
            out.add(translate(cv));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return out;
    }

    private Violation translate(ConstraintViolation<Object> cv) {
        String path = cv.getPropertyPath().toString();
        String template = cv.getMessageTemplate();
        ConstraintDescriptor<?> descriptor = cv.getConstraintDescriptor();
        String annotation = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        boolean ownKey = template.startsWith("{") && template.endsWith("}")
                && !template.startsWith("{jakarta.validation") && !template.startsWith("{org.hibernate");
        String code = ownKey ? template.substring(1, template.length() - 1) : annotation;
        String key = ownKey ? code : "constraint." + annotation;
        for (Messages m : catalogues) {
            if (m.has(key)) {
                return new Violation(path, code, m.named(key, attributes));
            }
        }
        return new Violation(path, code, new LocalizedText(
                interpolate(template, cv, Locale.ENGLISH), interpolate(template, cv, Locale.SIMPLIFIED_CHINESE)));
    }

    private String interpolate(String template, ConstraintViolation<Object> cv, Locale locale) {
        return interpolator.interpolate(template, new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return cv.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return cv.getInvalidValue();
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new UnsupportedOperationException();
            }
        }, locale);
    }

    /** Releases the validator factory. */
    @Override
    public void close() {
        factory.close();
    }
}
