package org.aftersales.core.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * Where a JSON document comes from: a string, a file, a reader or an input stream. Every
 * loader of the library reads from any of them through {@link AftersalesJson}. A reader or a
 * stream is read to the end of the document and closed; bytes may be UTF-8, UTF-16 or UTF-32,
 * told apart as JSON allows. A missing (null) source is refused as {@code required}.
 */
public final class JsonSource {

    private final Object source;
    private final String name;

    private JsonSource(Object source, String name) {
        this.source = source;
        this.name = name;
    }

    /**
     * A document held in a string.
     *
     * @param json the document
     * @return the source
     */
    public static JsonSource of(String json) {
        return new JsonSource(present(json, "json"), "text");
    }

    /**
     * A document in a file.
     *
     * @param file the file
     * @return the source, named after the file
     */
    public static JsonSource of(Path file) {
        return new JsonSource(present(file, "file"), file.toString());
    }

    /**
     * A document read from a reader, which is closed after reading.
     *
     * @param reader the reader
     * @return the source
     */
    public static JsonSource of(Reader reader) {
        return new JsonSource(present(reader, "reader"), "reader");
    }

    /**
     * A document read from a byte stream, which is closed after reading.
     *
     * @param in the stream
     * @return the source
     */
    public static JsonSource of(InputStream in) {
        return new JsonSource(present(in, "in"), "stream");
    }

    /** @return what the document is read from, for messages: the file name, or text, reader, stream */
    public String name() {
        return name;
    }

    private static <T> T present(T source, String path) {
        JsonMessages.violations().required(path, source).throwIfPresent();
        return source;
    }

    JsonParser open(ObjectMapper mapper) {
        if (source instanceof String s) {
            return mapper.createParser(s);
        }
        if (source instanceof Path p) {
            return mapper.createParser(p);
        }
        if (source instanceof Reader r) {
            return mapper.createParser(r);
        }
        return mapper.createParser((InputStream) source);
    }

    @Override
    public String toString() {
        return name;
    }
}
