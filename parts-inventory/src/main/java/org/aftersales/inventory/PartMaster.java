package org.aftersales.inventory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.json.AftersalesJson;

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
     * @throws org.aftersales.core.error.ValidationException naming every repeated part number
     */
    public static PartMaster of(Collection<Part> parts) {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        Map<PartNumber, Part> byNumber = new LinkedHashMap<>();
        int i = 0;
        for (Part p : parts) {
            if (byNumber.putIfAbsent(p.number(), p) != null) {
                v.add("parts[" + i + "].number", "part.duplicate", p.number());
            }
            i++;
        }
        v.throwIfPresent();
        return new PartMaster(java.util.Collections.unmodifiableMap(byNumber));
    }

    /**
     * Reads a part master document: {@code {"parts": [ ... ]}}.
     *
     * @param json the document
     * @return the part master
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static PartMaster fromJson(String json) {
        Document doc = AftersalesJson.read(json, Document.class);
        if (doc.parts() == null) {
            new Violations(InventoryMessages.MESSAGES).add("parts", "required").throwIfPresent();
        }
        return of(doc.parts());
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
