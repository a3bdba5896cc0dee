package org.aftersales.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.internal.CoreMessages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hardened JSON mapper of the library (C10) and a reader that turns every JSON problem
 * into a {@link ValidationException} with the path of the bad value.
 *
 * <p>Hardening: no default typing (no polymorphic type ids are read from documents); unknown
 * properties, trailing tokens and null for primitives are refused; {@code isX()} methods are
 * not read as properties, so a value's answers never leak into its JSON; documents are limited to
 * {@value #MAX_DOCUMENT_CHARS} characters, {@value #MAX_NESTING_DEPTH} levels of nesting and
 * strings of {@value #MAX_STRING_CHARS} characters. The mapper is immutable and thread-safe;
 * build one with other limits through {@link #builder(int, long)}.
 */
public final class AftersalesJson {

    /** Default nesting limit. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Default document size limit in characters. */
    public static final long MAX_DOCUMENT_CHARS = 20_000_000L;
    /** Default string length limit in characters. */
    public static final int MAX_STRING_CHARS = 1_000_000;

    private static final JsonMapper MAPPER = builder(MAX_NESTING_DEPTH, MAX_DOCUMENT_CHARS).build();

    private AftersalesJson() {
    }

    /** @return the shared hardened mapper with {@link AftersalesModule} registered */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A builder of a hardened mapper with other limits, for adding further modules.
     *
     * @param maxNestingDepth how deep objects and arrays may nest
     * @param maxDocumentChars how long a document may be
     * @return the builder, with {@link AftersalesModule} registered
     */
    public static JsonMapper.Builder builder(int maxNestingDepth, long maxDocumentChars) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxDocumentLength(maxDocumentChars)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new AftersalesModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                // values answer questions such as isNegative(); those are not properties
                .changeDefaultVisibility(vc -> vc.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE));
    }

    /**
     * Reads a document, turning any problem into a validation failure.
     *
     * @param json the document
     * @param type what it holds
     * @param <T> the type
     * @return the value
     * @throws ValidationException listing the problem with its path
     */
    public static <T> T read(String json, Class<T> type) {
        return read(MAPPER, json, MAPPER.constructType(type));
    }

    /**
     * Reads a document with a given mapper, turning any problem into a validation failure.
     *
     * @param mapper the mapper
     * @param json the document
     * @param type what it holds
     * @param <T> the type
     * @return the value
     * @throws ValidationException listing the problem with its path
     */
    public static <T> T read(JsonMapper mapper, String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw toValidation(e);
        }
    }

    /**
     * Translates a Jackson failure into a validation failure with the JSON path of the problem.
     * A {@link ValidationException} thrown by a value's constructor keeps its violations, with
     * the JSON path in front.
     *
     * @param e the Jackson failure
     * @return the validation failure
     */
    public static ValidationException toValidation(JacksonException e) {
        String path = path(e);
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof AftersalesException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ValidationException ve) {
            List<Violation> out = new ArrayList<>();
            ve.violations().forEach(v -> out.add(path.isEmpty() ? v : v.under(path)));
            return new ValidationException(out);
        }
        String code;
        Object detail;
        if (e instanceof UnrecognizedPropertyException u) {
            code = "json.unknownProperty";
            detail = u.getPropertyName();
        } else if (e instanceof StreamConstraintsException) {
            code = "json.limit";
            detail = e.getOriginalMessage();
        } else {
            code = "json.invalid";
            detail = e.getOriginalMessage();
        }
        return new ValidationException(List.of(new Violation(path, code, CoreMessages.MESSAGES.text(code, detail))));
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
