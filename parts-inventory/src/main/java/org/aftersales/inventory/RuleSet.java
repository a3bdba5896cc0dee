package org.aftersales.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * A named choice of placement rules and weights that a dealership picks (P3). The built-in
 * hard rules always apply, whether named or not; a rule set adds soft rules with weights and
 * any further hard rules of plugins. JSON-loadable:
 * {@code {"name": "mine", "description": {"en": "...", "zh": "..."}, "rules": [{"rule":
 * "fast-movers-near-counter", "weight": 3}]}}.
 *
 * @param name the name, unique in a catalogue
 * @param description what the set favours, in English and Chinese
 * @param rules the rules and their weights, each rule once
 */
public record RuleSet(String name, LocalizedText description, List<RuleWeight> rules) {

    /** Checks the name and that no rule is named twice. */
    public RuleSet {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (name == null || name.isBlank()) {
            v.add("name", "required");
        }
        if (description == null) {
            v.add("description", "required");
        }
        List<RuleWeight> given = rules == null ? List.of() : rules;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                v.add("rules[" + i + "]", "required");
            } else if (!seen.add(given.get(i).rule())) {
                v.add("rules[" + i + "].rule", "rules.duplicate", given.get(i).rule());
            }
        }
        v.throwIfPresent();
        rules = List.copyOf(given);
    }

    /**
     * Reads a rule set from JSON.
     *
     * @param json the document
     * @return the rule set
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static RuleSet fromJson(String json) {
        return read(DocumentReader.parse(json));
    }

    /**
     * Reads a rule set document from a file (UTF-8).
     *
     * @param file the document
     * @return the rule set document
     * @throws IOException when the file cannot be read
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static RuleSet fromJson(Path file) throws IOException {
        return read(DocumentReader.parse(file));
    }

    /**
     * Reads a rule set document from a reader, to its end; the reader is not closed.
     *
     * @param reader the document
     * @return the rule set document
     * @throws IOException when the reader fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static RuleSet fromJson(Reader reader) throws IOException {
        return read(DocumentReader.parse(reader));
    }

    /**
     * Reads a rule set document from a stream (UTF-8), to its end; the stream is not closed.
     *
     * @param in the document
     * @return the rule set document
     * @throws IOException when the stream fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static RuleSet fromJson(InputStream in) throws IOException {
        return read(DocumentReader.parse(in));
    }

    private static RuleSet read(JsonNode root) {
        Problems problems = new Problems();
        RuleSet value = DocumentReader.bind(root, RuleSet.class, problems);
        problems.throwIfPresent();
        return value;
    }
}
