package org.aftersales.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.id.PartNumber;
import tools.jackson.databind.JsonNode;

/**
 * The part master (P1): every part the warehouse knows, by part number. Immutable and
 * thread-safe. Loaded from JSON with {@link #fromJson(String)}; the format is described in
 * {@code parts-inventory/FORMATS.md}.
 */
public final class PartMaster {

    private final Map<PartNumber, Part> parts;

    private PartMaster(Map<PartNumber, Part> parts) {
        this.parts = parts;
    }

    /**
     * A part master of the given parts.
     *
     * @param parts the parts, each part number once
     * @return the part master
     * @throws org.aftersales.core.error.ValidationException naming every missing part and every
     *     repeated part number
     */
    public static PartMaster of(Collection<Part> parts) {
        Problems problems = new Problems();
        if (parts == null) {
            problems.add("parts", "required").throwIfPresent();
        }
        Map<PartNumber, Part> byNumber = collect(parts, Collections.nCopies(parts.size(), null), problems);
        problems.throwIfPresent();
        return new PartMaster(byNumber);
    }

    /**
     * Reads a part master document: {@code {"parts": [ ... ]}}.
     *
     * @param json the document
     * @return the part master
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PartMaster fromJson(String json) {
        return read(DocumentReader.parse(json));
    }

    /**
     * Reads a part master document from a file (UTF-8).
     *
     * @param file the document
     * @return the part master document
     * @throws IOException when the file cannot be read
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PartMaster fromJson(Path file) throws IOException {
        return read(DocumentReader.parse(file));
    }

    /**
     * Reads a part master document from a reader, to its end; the reader is not closed.
     *
     * @param reader the document
     * @return the part master document
     * @throws IOException when the reader fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PartMaster fromJson(Reader reader) throws IOException {
        return read(DocumentReader.parse(reader));
    }

    /**
     * Reads a part master document from a stream (UTF-8), to its end; the stream is not closed.
     *
     * @param in the document
     * @return the part master document
     * @throws IOException when the stream fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PartMaster fromJson(InputStream in) throws IOException {
        return read(DocumentReader.parse(in));
    }

    private static PartMaster read(JsonNode root) {
        Problems problems = new Problems();
        Document doc = DocumentReader.bind(root, Document.class, problems);
        if (doc != null && doc.parts() == null) {
            problems.add("parts", "required");
        }
        Map<PartNumber, Part> byNumber = null;
        if (doc != null && doc.parts() != null) {
            // a part refused for another fault still takes its number, so a repeat of it is found too
            List<PartNumber> numbers = new ArrayList<>();
            JsonNode entries = root.path("parts");
            for (int i = 0; i < doc.parts().size(); i++) {
                numbers.add(numberOrNull(entries.path(i).path("number")));
            }
            byNumber = collect(doc.parts(), numbers, problems);
        }
        problems.throwIfPresent();
        return new PartMaster(byNumber);
    }

    private static PartNumber numberOrNull(JsonNode number) {
        try {
            return number.isString() ? PartNumber.of(number.asString()) : null;
        } catch (ValidationException e) {
            return null;
        }
    }

    /**
     * Indexes parts by number, reporting null entries and repeated numbers at their index.
     *
     * @param numbers for each entry, its number as written when the entry is null, or null
     */
    private static Map<PartNumber, Part> collect(Collection<Part> parts, List<PartNumber> numbers, Problems problems) {
        Map<PartNumber, Part> byNumber = new LinkedHashMap<>();
        Set<PartNumber> seen = new HashSet<>();
        int i = 0;
        for (Part p : parts) {
            String at = "parts[" + i + "]";
            PartNumber number = p != null ? p.number() : numbers.get(i);
            i++;
            if (p == null) {
                problems.add(at, "required");
            }
            if (number != null && !seen.add(number)) {
                problems.add(at + ".number", "part.duplicate", number);
            } else if (p != null) {
                byNumber.put(number, p);
            }
        }
        return Collections.unmodifiableMap(byNumber);
    }

    /** @return the document form, for writing as JSON */
    public Document toDocument() {
        return new Document(List.copyOf(parts.values()));
    }

    /**
     * @param number a part number
     * @return the part, if known
     */
    public Optional<Part> find(PartNumber number) {
        return Optional.ofNullable(parts.get(number));
    }

    /**
     * @param number a part number
     * @return the part, or null when unknown
     */
    public Part getOrNull(PartNumber number) {
        return parts.get(number);
    }

    /** @return every part, in the order given */
    public Collection<Part> parts() {
        return parts.values();
    }

    /** @return how many parts */
    public int size() {
        return parts.size();
    }

    /**
     * The JSON document form of a part master.
     *
     * @param parts the parts
     */
    public record Document(List<Part> parts) {
    }
}
