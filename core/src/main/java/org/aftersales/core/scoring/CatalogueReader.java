package org.aftersales.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.json.JsonSource;
import tools.jackson.databind.JsonNode;

/**
 * Reads a catalogue document and checks all of it before building anything, so a bad
 * document is refused with every problem listed, each with its JSON path (S4). The document
 * is parsed by the hardened mapper (size and nesting limits).
 */
final class CatalogueReader {

    private static final Set<String> CATALOGUE_PROPS = Set.of("code", "title", "source", "sections");
    private static final Set<String> SECTION_PROPS = Set.of("code", "title", "items");
    private static final Set<String> ITEM_PROPS =
            Set.of("code", "text", "level", "points", "appliesTo", "evidence", "derivation");
    private static final Set<String> TEXT_PROPS = Set.of("en", "zh");
    private static final Set<String> APPLIES_PROPS = Set.of("roles", "departments");
    private static final Set<String> DERIVATION_PROPS = Set.of("kind", "settings");

    private final Violations v = ScoringMessages.violations();
    private final ItemDerivations derivations;

    private CatalogueReader(ItemDerivations derivations) {
        this.derivations = derivations;
    }

    /**
     * Reads and checks a catalogue document.
     *
     * @param json where the document is
     * @param derivations the derivations its derived items may name
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Catalogue read(JsonSource json, ItemDerivations derivations) {
        return new CatalogueReader(derivations).catalogue(AftersalesJson.readTree(json));
    }

    private Catalogue catalogue(JsonNode root) {
        if (root == null || !root.isObject()) {
            v.add("", "scoring.json.object");
            v.throwIfPresent();
        }
        only(root, "", CATALOGUE_PROPS);
        String code = string(root, "code", "", true);
        if (code != null) {
            ScoringMessages.checkCode(v, "code", code, ScoringMessages.NAME_CODE);
        }
        LocalizedText title = text(root, "title", "");
        String source = string(root, "source", "", false);
        List<Section> sections = new ArrayList<>();
        Map<String, String> sectionCodes = new LinkedHashMap<>();
        Map<String, String> itemCodes = new LinkedHashMap<>();
        JsonNode list = array(root, "sections", "");
        int i = 0;
        for (JsonNode node : list == null ? List.<JsonNode>of() : list.values()) {
            sections.add(section(node, "sections[" + i + "]", sectionCodes, itemCodes));
            i++;
        }
        CatalogueRules.duplicates(v, sectionCodes);
        CatalogueRules.duplicates(v, itemCodes);
        v.throwIfPresent();
        return new Catalogue(code, title, source, sections);
    }

    private Section section(JsonNode node, String path, Map<String, String> sectionCodes, Map<String, String> itemCodes) {
        if (!node.isObject()) {
            v.add(path, "scoring.json.object");
            return null;
        }
        only(node, path, SECTION_PROPS);
        String code = string(node, "code", path, true);
        if (code != null && ScoringMessages.checkCode(v, path + ".code", code, ScoringMessages.NAME_CODE)) {
            sectionCodes.put(path + ".code", code);
        }
        LocalizedText title = text(node, "title", path);
        List<StandardItem> items = new ArrayList<>();
        JsonNode list = array(node, "items", path);
        int i = 0;
        for (JsonNode item : list == null ? List.<JsonNode>of() : list.values()) {
            items.add(item(item, path + ".items[" + i + "]", itemCodes));
            i++;
        }
        return v.isEmpty() ? new Section(code, title, items) : null;
    }

    private StandardItem item(JsonNode node, String path, Map<String, String> itemCodes) {
        if (!node.isObject()) {
            v.add(path, "scoring.json.object");
            return null;
        }
        only(node, path, ITEM_PROPS);
        String code = string(node, "code", path, true);
        if (code != null && ScoringMessages.checkCode(v, path + ".code", code, ScoringMessages.ITEM_CODE)) {
            itemCodes.put(path + ".code", code);
        }
        LocalizedText text = text(node, "text", path);
        Level level = enumValue(node, "level", path, Level.class, true, "scoring.level.unknown");
        int points = 0;
        JsonNode p = node.get("points");
        if (p == null) {
            v.add(path + ".points", "scoring.required");
        } else if (!p.isIntegralNumber() || !p.canConvertToInt()) {
            v.add(path + ".points", "scoring.points.type", p.toString());
        } else {
            points = p.intValue();
            CatalogueRules.points(v, path + ".points", points);
        }
        Applicability appliesTo = applicability(node.get("appliesTo"), path + ".appliesTo");
        EvidenceSource evidence = enumValue(node, "evidence", path, EvidenceSource.class, false, "scoring.evidence.unknown");
        if (evidence == null && !node.has("evidence")) {
            evidence = EvidenceSource.OBSERVED;
        }
        Derivation derivation = derivation(node.get("derivation"), path + ".derivation");
        CatalogueRules.evidence(v, path, evidence, node.has("derivation"));
        if (!v.isEmpty()) {
            return null;
        }
        return new StandardItem(ItemCode.of(code), text, level, points, appliesTo, evidence, derivation);
    }

    private Applicability applicability(JsonNode node, String path) {
        if (node == null) {
            v.add(path, "scoring.required");
            return null;
        }
        if (!node.isObject()) {
            v.add(path, "scoring.json.object");
            return null;
        }
        only(node, path, APPLIES_PROPS);
        List<String> roles = strings(node, "roles", path);
        List<String> departments = strings(node, "departments", path);
        int before = v.list().size();
        CatalogueRules.applicability(v, path, roles, departments);
        return v.list().size() == before && v.isEmpty() ? new Applicability(Set.copyOf(roles), Set.copyOf(departments)) : null;
    }

    private Derivation derivation(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            v.add(path, "scoring.json.object");
            return null;
        }
        only(node, path, DERIVATION_PROPS);
        String kind = string(node, "kind", path, true);
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode s = node.get("settings");
        if (s != null && !s.isObject()) {
            v.add(path + ".settings", "scoring.json.object");
        } else if (s != null) {
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                if (e.getValue().isString()) {
                    settings.put(e.getKey(), e.getValue().stringValue());
                } else {
                    v.add(path + ".settings." + e.getKey(), "scoring.json.string");
                }
            }
        }
        int before = v.list().size();
        CatalogueRules.derivation(v, path, kind, settings);
        if (v.list().size() > before) {
            return null;
        }
        AssessmentChecks.derivation(v, path, kind, settings, derivations);
        return v.isEmpty() ? new Derivation(kind, settings) : null;
    }

    private void only(JsonNode node, String path, Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                v.add(path.isEmpty() ? name : path + "." + name, "scoring.json.unknownProperty", name, String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    private String string(JsonNode parent, String name, String path, boolean required) {
        String at = path.isEmpty() ? name : path + "." + name;
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                v.add(at, "scoring.required");
            }
            return null;
        }
        if (!node.isString()) {
            v.add(at, "scoring.json.string");
            return null;
        }
        return node.stringValue();
    }

    private LocalizedText text(JsonNode parent, String name, String path) {
        String at = path.isEmpty() ? name : path + "." + name;
        JsonNode node = parent.get(name);
        if (node == null) {
            v.add(at, "scoring.required");
            return null;
        }
        if (!node.isObject()) {
            v.add(at, "scoring.json.object");
            return null;
        }
        only(node, at, TEXT_PROPS);
        String en = string(node, "en", at, false);
        String zh = string(node, "zh", at, false);
        int before = v.list().size();
        CatalogueRules.text(v, at + ".en", en);
        CatalogueRules.text(v, at + ".zh", zh);
        return v.list().size() == before ? new LocalizedText(en, zh) : null;
    }

    private JsonNode array(JsonNode parent, String name, String path) {
        String at = path.isEmpty() ? name : path + "." + name;
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray() || node.isEmpty()) {
            v.add(at, node == null || node.isArray() ? "scoring.empty" : "scoring.json.array");
            return null;
        }
        return node;
    }

    private List<String> strings(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        String at = path + "." + name;
        if (!node.isArray()) {
            v.add(at, "scoring.json.array");
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode e : node.values()) {
            if (!e.isString()) {
                v.add(at + "[" + i + "]", "scoring.json.string");
            } else if (!seen.add(e.stringValue())) {
                v.add(at + "[" + i + "]", "scoring.code.duplicate", e.stringValue(), at);
            } else {
                out.add(e.stringValue());
            }
            i++;
        }
        return out;
    }

    private <E extends Enum<E>> E enumValue(
            JsonNode parent, String name, String path, Class<E> type, boolean required, String unknownCode) {
        String value = string(parent, name, path, required);
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name());
        }
        v.add(path + "." + name, unknownCode, value, String.join(", ", allowed));
        return null;
    }
}
