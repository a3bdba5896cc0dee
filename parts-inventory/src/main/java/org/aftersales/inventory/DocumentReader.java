package org.aftersales.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.json.AftersalesJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the module's JSON documents so that one refusal lists every problem of a well-formed
 * document (issue 11). The document is parsed once with the library's hardened mapper (a
 * document that is not well-formed JSON, or breaks a size limit, is one problem); then each
 * record of this package is bound field by field: each value of a library type (part number,
 * dimensions, weight, enum, text) is read on its own, so a bad value does not hide the next
 * one; unknown properties are each reported; a number or flag given as {@code null}, or a
 * required number left out, is refused rather than read as 0. A record whose fields were read
 * is then made with its constructor, whose own checks add their problems; a check that only
 * finds a value missing that could not be read adds nothing more. Lists keep their places: an
 * element that could not be read stays {@code null}, so the checks that follow report at the
 * right index.
 */
final class DocumentReader {

    private static final String OWN_PACKAGE = DocumentReader.class.getPackageName();

    private final Problems problems;

    private DocumentReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reads a document into a record of this package.
     *
     * @param root the parsed document
     * @param type the record type
     * @param problems collects every problem
     * @param <T> the type
     * @return the record, or null when it could not be made at all
     */
    static <T> T bind(JsonNode root, Class<T> type, Problems problems) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("", "required");
            return null;
        }
        return type.cast(new DocumentReader(problems).value(root, type, ""));
    }

    /**
     * Parses a document held in a string.
     *
     * @param json the text
     * @return its tree
     * @throws ValidationException when it is not well-formed JSON or breaks a limit
     */
    static JsonNode parse(String json) {
        if (json == null) {
            new Problems().add("", "required").throwIfPresent();
        }
        return AftersalesJson.read(json, JsonNode.class);
    }

    /**
     * Parses a document from a reader, which is read to its end but not closed.
     *
     * @param reader the text
     * @return its tree
     * @throws IOException when the reader fails
     * @throws ValidationException when it is not well-formed JSON or breaks a limit
     */
    static JsonNode parse(Reader reader) throws IOException {
        return parse(reader, () -> AftersalesJson.mapper().readValue(reader, JsonNode.class));
    }

    /**
     * Parses a document from a stream of UTF-8 (or UTF-16/32 with a byte order mark), which is
     * read to its end but not closed.
     *
     * @param in the bytes
     * @return its tree
     * @throws IOException when the stream fails
     * @throws ValidationException when it is not well-formed JSON or breaks a limit
     */
    static JsonNode parse(InputStream in) throws IOException {
        return parse(in, () -> AftersalesJson.mapper().readValue(in, JsonNode.class));
    }

    /** How a source is parsed. */
    private interface Parsing {
        JsonNode parse();
    }

    /** Parses a source, refusing a missing one and unwrapping Jackson's I/O failures. */
    private static JsonNode parse(Object source, Parsing parsing) throws IOException {
        if (source == null) {
            new Problems().add("", "required").throwIfPresent();
        }
        try {
            return parsing.parse();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw AftersalesJson.toValidation(e);
        }
    }

    /**
     * Parses a document from a file.
     *
     * @param file the file
     * @return its tree
     * @throws IOException when the file cannot be read
     * @throws ValidationException when it is not well-formed JSON or breaks a limit
     */
    static JsonNode parse(Path file) throws IOException {
        if (file == null) {
            new Problems().add("", "required").throwIfPresent();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private Object value(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (node.isMissingNode() || node.isNull()) {
            return absent(node, raw, path);
        }
        if (raw.isRecord() && raw.getPackageName().equals(OWN_PACKAGE) && node.isObject()) {
            return record(node, raw, path);
        }
        if (raw == List.class && node.isArray() && type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                Object v = value(node.get(i), element, at);
                if (v == null && node.get(i).isNull()) {
                    problems.add(at, "required");
                }
                out.add(v);
            }
            return out;
        }
        try {
            return AftersalesJson.mapper().treeToValue(node, AftersalesJson.mapper().constructType(type));
        } catch (JacksonException e) {
            problems.addAll(path, AftersalesJson.toValidation(e), true);
        } catch (ValidationException e) {
            problems.addAll(path, e, true);
        }
        return defaultOf(raw);
    }

    /** A value left out or given as null: null for objects (the constructor decides), refused for numbers. */
    private Object absent(JsonNode node, Class<?> raw, String path) {
        if (!raw.isPrimitive()) {
            return null;
        }
        if (raw == boolean.class && node.isMissingNode()) {
            return false;
        }
        problems.add(path, "required");
        return defaultOf(raw);
    }

    private Object record(JsonNode node, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new HashSet<>();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            known.add(c.getName());
            types[i] = c.getType();
            args[i] = value(node.path(c.getName()), c.getGenericType(), join(path, c.getName()));
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(join(path, name), "json.unknownProperty", name);
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException ve) {
                // the record said all it has to say about itself
                problems.addAll(path, ve, true);
            } else if (e.getCause() instanceof RuntimeException re) {
                // usually a value that could not be read (a null in a list), already reported
                problems.unmade(path, re);
            } else {
                throw new AssertionError("a document record failed to be made", e.getCause());
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("a document record of this module has a canonical constructor", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Object defaultOf(Class<?> raw) {
        if (!raw.isPrimitive()) {
            return null;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == long.class) {
            return 0L;
        }
        if (raw == double.class) {
            return 0.0;
        }
        return 0;
    }
}
