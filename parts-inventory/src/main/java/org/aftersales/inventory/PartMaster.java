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
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import tools.jackson.databind.JsonNode;

/**
 * The part master (P1): every part the warehouse knows, by part number. Immutable and
 * thread-safe. Loaded from JSON with {@link #fromJson(String)}; the format is described in
 * {@code parts-inventory/FORMATS.md}.
 */
public final class PartMaster {

    private final Map<PartNumber, Part> parts;
    private final Map<String, LocalizedText> categories;
    private final Map<String, LocalizedText> lookAlikeGroups;

    private PartMaster(Map<PartNumber, Part> parts, Map<String, LocalizedText> categories,
            Map<String, LocalizedText> lookAlikeGroups) {
        this.parts = parts;
        this.categories = categories;
        this.lookAlikeGroups = lookAlikeGroups;
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
        return new PartMaster(byNumber, Map.of(), Map.of());
    }

    /**
     * The same part master with display names for categories and look-alike groups, which
     * explanations show instead of the bare codes (a code without a name is shown as it is).
     *
     * @param categoryNames names by category code, such as {@code body-panel}
     * @param lookAlikeGroupNames names by look-alike group code
     * @return the part master with the names
     * @throws org.aftersales.core.error.ValidationException naming a blank code or a missing name
     */
    public PartMaster withNames(Map<String, LocalizedText> categoryNames, Map<String, LocalizedText> lookAlikeGroupNames) {
        Problems problems = new Problems();
        Map<String, LocalizedText> c = names("categories", categoryNames, problems);
        Map<String, LocalizedText> g = names("lookAlikeGroups", lookAlikeGroupNames, problems);
        problems.throwIfPresent();
        return new PartMaster(parts, c, g);
    }

    private static Map<String, LocalizedText> names(String path, Map<String, LocalizedText> given, Problems problems) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        if (given == null) {
            return Map.of();
        }
        given.forEach((code, name) -> {
            if (code == null || code.isBlank()) {
                problems.add(path, "part.blankCode");
            } else if (name == null) {
                problems.add(path + "." + code, "required");
            } else {
                out.put(code.strip(), name);
            }
        });
        return Collections.unmodifiableMap(out);
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
        Map<String, LocalizedText> c = doc == null ? Map.of() : names("categories", doc.categories(), problems);
        Map<String, LocalizedText> g = doc == null ? Map.of() : names("lookAlikeGroups", doc.lookAlikeGroups(), problems);
        problems.throwIfPresent();
        return new PartMaster(byNumber, c, g);
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
        return new Document(List.copyOf(parts.values()), categories, lookAlikeGroups);
    }

    /**
     * The display name of a category, for explanations.
     *
     * @param code a category code, such as {@code body-panel}
     * @return its name in English and Chinese from the part master, or the code itself in both
     *     languages when the part master names none
     */
    public LocalizedText categoryName(String code) {
        LocalizedText name = categories.get(code);
        return name != null ? name : new LocalizedText(code, code);
    }

    /**
     * The display name of a look-alike group, for explanations.
     *
     * @param code a look-alike group code
     * @return its name in English and Chinese, or the code itself when the part master names none
     */
    public LocalizedText lookAlikeGroupName(String code) {
        LocalizedText name = lookAlikeGroups.get(code);
        return name != null ? name : new LocalizedText(code, code);
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
     * @param categories display names of the category codes, in English and Chinese; may be
     *     empty, and a code without a name is shown as it is
     * @param lookAlikeGroups display names of the look-alike group codes
     */
    public record Document(List<Part> parts, Map<String, LocalizedText> categories,
            Map<String, LocalizedText> lookAlikeGroups) {

        /** Fills absent names. */
        public Document {
            categories = categories == null ? Map.of() : categories;
            lookAlikeGroups = lookAlikeGroups == null ? Map.of() : lookAlikeGroups;
        }

        /**
         * A document of parts only.
         *
         * @param parts the parts
         */
        public Document(List<Part> parts) {
            this(parts, Map.of(), Map.of());
        }
    }
}
