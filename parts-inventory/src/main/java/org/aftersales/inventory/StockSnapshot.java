package org.aftersales.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What lies where at one moment: the stock lines of a warehouse. Immutable. The snapshot may
 * break placement rules (two parts in one bin, a part in two bins); that is what an audit
 * finds. Read from JSON with {@link #fromJson(String)}: {@code {"lines": [{"bin": "A-01-1-01",
 * "part": "...", "quantity": 4}]}}.
 *
 * @param lines the stock lines
 */
public record StockSnapshot(List<StockLine> lines) {

    /** An empty warehouse. */
    public static final StockSnapshot EMPTY = new StockSnapshot(List.of());

    /** Fills an absent list. */
    public StockSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * Reads a stock document.
     *
     * @param json the document
     * @return the snapshot
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static StockSnapshot fromJson(String json) {
        return read(DocumentReader.parse(json));
    }

    /**
     * Reads a stock document from a file (UTF-8).
     *
     * @param file the document
     * @return the stock document
     * @throws IOException when the file cannot be read
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static StockSnapshot fromJson(Path file) throws IOException {
        return read(DocumentReader.parse(file));
    }

    /**
     * Reads a stock document from a reader, to its end; the reader is not closed.
     *
     * @param reader the document
     * @return the stock document
     * @throws IOException when the reader fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static StockSnapshot fromJson(Reader reader) throws IOException {
        return read(DocumentReader.parse(reader));
    }

    /**
     * Reads a stock document from a stream (UTF-8), to its end; the stream is not closed.
     *
     * @param in the document
     * @return the stock document
     * @throws IOException when the stream fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static StockSnapshot fromJson(InputStream in) throws IOException {
        return read(DocumentReader.parse(in));
    }

    private static StockSnapshot read(JsonNode root) {
        Problems problems = new Problems();
        JsonNode lines = root == null ? null : root.path("lines");
        if (lines != null && root.isObject() && (lines.isMissingNode() || lines.isNull())) {
            // an empty warehouse says so with "lines": []; a forgotten list is not read as one
            problems.add("lines", "required");
        }
        StockSnapshot snapshot = DocumentReader.bind(root, StockSnapshot.class, problems);
        problems.throwIfPresent();
        return snapshot;
    }
}
