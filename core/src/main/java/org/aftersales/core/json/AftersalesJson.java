package org.aftersales.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hardened JSON mapper of the library (C10) and the reader every loader uses, which turns
 * every JSON problem into a {@link ValidationException} worded by the library in English and
 * Chinese, never Jackson's own message.
 *
 * <p>Hardening: no default typing (no polymorphic type ids are read from documents); unknown
 * properties, trailing content and null for primitives are refused; {@code isX()} methods are
 * not read as properties, so a value's answers never leak into its JSON; documents are limited to
 * {@value #MAX_DOCUMENT_CHARS} characters, {@value #MAX_NESTING_DEPTH} levels of nesting and
 * strings of {@value #MAX_STRING_CHARS} characters. The mapper is immutable and thread-safe;
 * build one with other limits through {@link #builder(int, long)}.
 *
 * <p>Reading (C9, C10): every {@code read} takes a {@link JsonSource} (a string, a
 * {@link Path}, a {@link Reader} or an {@link InputStream}). A document that is not
 * well-formed gets exactly one problem, {@code json.malformed} or {@code json.truncated},
 * with its line and column. A well-formed document whose values break rules gets their
 * violations with the JSON path in front ({@code customers[3].phone}). A document that is
 * {@code null} as a whole is refused ({@code json.null}), never read as nothing.
 * {@link #readList} reads a large array element by element and lists the problems of every
 * element, at most {@link Violations#DEFAULT_MAX_LISTED} (or the limit given), counting the
 * rest; it keeps no element once one has failed, so a huge faulty document is refused in
 * bounded memory. {@link #convert} lets a loader read each part of a document tree on its own
 * and collect every part's problems in one refusal.
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
     * Reads a document held in a string.
     *
     * @param json the document
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems, each with its path
     */
    public static <T> T read(String json, Class<T> type) {
        return read(JsonSource.of(json), type);
    }

    /**
     * Reads a document from a file.
     *
     * @param file the file
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems; {@code json.noFile} when there is no
     *     such file
     */
    public static <T> T read(Path file, Class<T> type) {
        return read(JsonSource.of(file), type);
    }

    /**
     * Reads a document from a reader, then closes it.
     *
     * @param reader the reader
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems
     */
    public static <T> T read(Reader reader, Class<T> type) {
        return read(JsonSource.of(reader), type);
    }

    /**
     * Reads a document from a byte stream, then closes it.
     *
     * @param in the stream
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems
     */
    public static <T> T read(InputStream in, Class<T> type) {
        return read(JsonSource.of(in), type);
    }

    /**
     * Reads a document from any source with the shared mapper.
     *
     * @param source where the document is
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems, each with its path
     */
    public static <T> T read(JsonSource source, Class<T> type) {
        return read(MAPPER, source, MAPPER.constructType(type));
    }

    /**
     * Reads a document with a given mapper.
     *
     * @param mapper the mapper
     * @param json the document
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems, each with its path
     */
    public static <T> T read(JsonMapper mapper, String json, JavaType type) {
        return read(mapper, JsonSource.of(json), type);
    }

    /**
     * Reads a document from any source with a given mapper.
     *
     * @param mapper the mapper
     * @param source where the document is
     * @param type what it holds
     * @param <T> the type
     * @return the value, never null
     * @throws ValidationException listing the problems, each with its path
     */
    public static <T> T read(JsonMapper mapper, JsonSource source, JavaType type) {
        try (JsonParser parser = source.open(mapper)) {
            if (parser.nextToken() == null) {
                throw refusal("", "json.empty", source.name());
            }
            T value = inStream(mapper, type).readValue(parser);
            endOfDocument(parser);
            if (value == null) {
                throw refusal("", "json.null");
            }
            return value;
        } catch (JacksonException e) {
            throw toValidation(e, source, mapper);
        }
    }

    /** A reader that stops at the end of one value, so that the caller checks what follows. */
    private static ObjectReader inStream(JsonMapper mapper, JavaType type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Reads a document as a tree, for loaders that check each part on its own (see
     * {@link #convert(JsonNode, Class, String, Violations)}).
     *
     * @param source where the document is
     * @return the tree, never null
     * @throws ValidationException with one problem when the document is not well-formed JSON
     */
    public static JsonNode readTree(JsonSource source) {
        JsonNode tree = read(MAPPER, source, MAPPER.constructType(JsonNode.class));
        if (tree.isNull()) {
            throw refusal("", "json.null");
        }
        return tree;
    }

    /**
     * Reads a document that is an array of values, element by element, listing the problems of
     * every element with its index ({@code [41].phone}), at most
     * {@link Violations#DEFAULT_MAX_LISTED}.
     *
     * @param source where the document is
     * @param elementType what each element holds
     * @param <T> the element type
     * @return the elements, in order
     * @throws ValidationException listing the problems, and how many more there were
     */
    public static <T> List<T> readList(JsonSource source, Class<T> elementType) {
        return readList(MAPPER, source, MAPPER.constructType(elementType), Violations.DEFAULT_MAX_LISTED);
    }

    /**
     * Reads a document that is an array of values, element by element, listing the problems of
     * every element with its index. Only one element is held as a tree at a time, and no
     * element is kept once one has failed, so memory stays bounded whatever the size and the
     * number of faults.
     *
     * @param mapper the mapper
     * @param source where the document is
     * @param elementType what each element holds
     * @param maxListed how many problems the refusal lists; the rest are counted
     * @param <T> the element type
     * @return the elements, in order
     * @throws ValidationException listing the problems, and how many more there were; a
     *     document that is not well-formed gets only that one problem
     */
    public static <T> List<T> readList(JsonMapper mapper, JsonSource source, JavaType elementType, int maxListed) {
        Violations problems = JsonMessages.violations().maxListed(maxListed);
        List<T> out = new ArrayList<>();
        try (JsonParser parser = source.open(mapper)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw first == null ? refusal("", "json.empty", source.name())
                        : refusal("", "json.notArray", line(parser.currentLocation()), column(parser.currentLocation()));
            }
            ObjectReader trees = inStream(mapper, mapper.constructType(JsonNode.class));
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode node = trees.readValue(parser);
                T value = convert(mapper, node, elementType, "[" + index + "]", problems);
                if (problems.isEmpty()) {
                    out.add(value);
                } else if (!out.isEmpty()) {
                    out.clear();
                }
                index++;
            }
            endOfDocument(parser);
        } catch (JacksonException e) {
            throw toValidation(e, source, mapper);
        }
        problems.throwIfPresent();
        return out;
    }

    /**
     * Reads one part of a document tree, recording its problems instead of throwing, so that a
     * loader can read every part and refuse once with all of them. A missing or {@code null}
     * part is recorded as {@code json.null}.
     *
     * @param node the part, or null when absent
     * @param type what it holds
     * @param path the part's path in the document, put in front of each problem
     * @param problems where problems are recorded
     * @param <T> the type
     * @return the value, or null when a problem was recorded
     */
    public static <T> T convert(JsonNode node, Class<T> type, String path, Violations problems) {
        return convert(MAPPER, node, MAPPER.constructType(type), path, problems);
    }

    /**
     * Reads one part of a document tree with a given mapper, recording its problems.
     *
     * @param mapper the mapper
     * @param node the part, or null when absent
     * @param type what it holds
     * @param path the part's path in the document
     * @param problems where problems are recorded
     * @param <T> the type
     * @return the value, or null when a problem was recorded
     */
    public static <T> T convert(JsonMapper mapper, JsonNode node, JavaType type, String path, Violations problems) {
        Objects.requireNonNull(problems, "problems");
        if (node == null || node.isNull() || node.isMissingNode()) {
            problems.add(path, "json.null", JsonMessages.MESSAGES.text("json.null"));
            return null;
        }
        try {
            T value = mapper.treeToValue(node, type);
            if (value == null) {
                problems.add(path, "json.null", JsonMessages.MESSAGES.text("json.null"));
            }
            return value;
        } catch (JacksonException e) {
            ValidationException inner = valueFailure(e);
            String at = path(e);
            if (inner == null) {
                problems.addAll(path, toValidation(e, null, mapper));
            } else {
                problems.addAll(at.isEmpty() ? path : path.isEmpty() ? at : path + "." + at, inner);
            }
        } catch (ValidationException e) {
            problems.addAll(path, e);
        }
        return null;
    }

    /**
     * Translates a Jackson failure into a validation failure worded by the library, with the
     * JSON path of the problem, and line and column where the document is not well-formed. A
     * {@link ValidationException} thrown by a value's constructor keeps its violations, with
     * the JSON path in front.
     *
     * @param e the Jackson failure
     * @return the validation failure
     */
    public static ValidationException toValidation(JacksonException e) {
        return toValidation(e, null, MAPPER);
    }

    private static ValidationException toValidation(JacksonException e, JsonSource source, JsonMapper mapper) {
        String path = path(e);
        ValidationException ve = valueFailure(e);
        if (ve != null) {
            if (path.isEmpty()) {
                return ve;
            }
            List<Violation> out = new ArrayList<>();
            ve.violations().forEach(v -> out.add(v.under(path)));
            return new ValidationException(out, ve.omitted());
        }
        String code;
        Object[] args;
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation()
                : e.processor() instanceof JsonParser p ? p.currentLocation() : null;
        if (e instanceof JacksonIOException io) {
            String name = source == null ? "" : source.name();
            code = io.getCause() instanceof NoSuchFileException ? "json.noFile" : "json.unreadable";
            args = new Object[] {name, io.getCause() == null ? "" : io.getCause().getClass().getSimpleName()};
        } else if (e instanceof StreamConstraintsException) {
            return limit(e, at, mapper.tokenStreamFactory().streamReadConstraints());
        } else if (e instanceof UnexpectedEndOfInputException) {
            code = "json.truncated";
            args = new Object[] {line(at), column(at)};
        } else if (e instanceof InputCoercionException ice) {
            code = "json.number";
            args = new Object[] {typeName(ice.getTargetType()), line(at), column(at)};
        } else if (e instanceof StreamReadException) {
            code = "json.malformed";
            args = new Object[] {line(at), column(at)};
        } else if (e instanceof UnrecognizedPropertyException u) {
            code = "json.unknownProperty";
            args = new Object[] {u.getPropertyName(), u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))};
        } else if (e instanceof InvalidNullException) {
            code = "json.null";
            args = new Object[0];
        } else if (e instanceof MismatchedInputException m) {
            code = "json.type";
            args = new Object[] {typeName(m.getTargetType())};
        } else {
            code = "json.invalid";
            args = new Object[0];
        }
        return new ValidationException(List.of(new Violation(path, code, JsonMessages.MESSAGES.text(code, args))));
    }

    /** The validation failure of a value's constructor that Jackson wrapped, or null. */
    private static ValidationException valueFailure(JacksonException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof AftersalesException)) {
            cause = cause.getCause();
        }
        return cause instanceof ValidationException ve ? ve : null;
    }

    private static ValidationException limit(JacksonException e, TokenStreamLocation at, StreamReadConstraints limits) {
        // Jackson's message is only inspected to tell which limit; it is never shown
        String said = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        String code;
        long max;
        if (said.contains("nesting")) {
            code = "json.limit.depth";
            max = limits.getMaxNestingDepth();
        } else if (said.contains("document")) {
            code = "json.limit.document";
            max = limits.getMaxDocumentLength();
        } else if (said.contains("string")) {
            code = "json.limit.string";
            max = limits.getMaxStringLength();
        } else if (said.contains("number")) {
            code = "json.limit.number";
            max = limits.getMaxNumberLength();
        } else if (said.contains("name")) {
            code = "json.limit.name";
            max = limits.getMaxNameLength();
        } else {
            code = "json.limit";
            max = -1;
        }
        LocalizedText text = JsonMessages.MESSAGES.text(code, line(at), column(at), max);
        return new ValidationException(List.of(new Violation(path(e), code, text)));
    }

    private static void endOfDocument(JsonParser parser) {
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw refusal("", "json.trailing", line(at), column(at));
        }
    }

    private static ValidationException refusal(String path, String code, Object... args) {
        return new ValidationException(List.of(new Violation(path, code, JsonMessages.MESSAGES.text(code, args))));
    }

    private static String typeName(Class<?> type) {
        return type == null ? "?" : type.getSimpleName();
    }

    private static int line(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(TokenStreamLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
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
